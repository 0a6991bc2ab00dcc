/**
 * Page furniture: the lines of a scraped news page that are not article prose —
 * photo captions and credits, "Related:" / "Read more:" links to other stories
 * (and the link titles listed under such a header), bylines and reporting
 * credits, "Advertisement", share buttons, media contacts, copyright lines.
 * They repeat or advertise other text ("Related: Drivers accept 6% deal in
 * Hartlepool" is another story's headline), so the sentences stage marks them
 * and the cues stage reads no stance in them.
 *
 * A line is furniture only by its shape as a whole line (a label and a colon at
 * its start, a credit at its end, a line made of button words), never by a word
 * inside prose.
 */

export interface Span {
  start: number;
  end: number;
}

/** labels of links to other stories: "Related: …", "Read more: …", "See also: …" */
const LINK_LABEL =
  String.raw`(?:related(?: stories| articles| coverage| content| links| reading)?|read more|read also|also read|read next|more reading|further reading|see also|more on this(?: story)?|recommended(?: stories| reading)?|you (?:may|might) also like|most read|most popular|editor'?s picks?|top stories|also on [\w .'-]{1,30}|topics|tags|filed under|categories|more about)`;
/** labels of captions and credits: "Photo: …", "Picture: …", "File photo: …" */
const CAPTION_LABEL = String.raw`(?:photos?|pictures?|pictured|images?|caption|file (?:photo|picture|image)|photograph|photo credit|credit|graphic|illustration|video|gallery|watch|listen)`;

const LINK_LINE = new RegExp(String.raw`^${LINK_LABEL}\s*(?::|\||>|»|[-–—]\s)\s*\S`, 'i');
/**
 * A link label run into the prose before it where the scrape lost a line break ("… will be announced. ALSO READ |
 * Drivers accept deal"): after a sentence's end, with a pipe or arrow, or in capitals with a colon.
 */
const MID_LINK = new RegExp(String.raw`(?<=[.!?]["”’]?\s+)(${LINK_LABEL})\s*(\||>|»|:)\s*\S`, 'gi');
/** a label on a line of its own ("Read more:", "Related stories"): the lines under it in its block are links */
const LINK_HEADER = new RegExp(String.raw`^${LINK_LABEL}\s*:?$`, 'i');
const CAPTION_LINE = new RegExp(String.raw`^\(?${CAPTION_LABEL}(?:\s*\([^)]{1,40}\))?\s*(?::|\|)`, 'i');
/** a caption's credit closing the line: "… in Wensleydale. Photo: Hannah Wilde", "… (AP Photo/Jane Doe)" */
const CREDIT_END = new RegExp(
  String.raw`(?:\b(?:photo|picture|image|photograph)(?: credit)?\s*:\s*[^.:]{1,60}|\((?:AP|AFP|Reuters|EPA|Getty|Bloomberg|PA|Xinhua)[^)]{0,40}\b(?:photo|images?|pictures?|via)\b[^)]{0,40}\)|\((?:photo|picture|image|photograph)s? (?:by|credit|courtesy)\b[^)]{1,80}\))$`,
  'i',
);
/** wire credits and bylines: "(Reporting by …; Editing by …)", "By Joanne Pryce, Business Reporter" */
const CREDIT_LINE = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|written|produced|research) by\b/i;
const BYLINE = /^[Bb]y\s+\p{Lu}[^.!?]{0,100}$/u;
/** a photographer's credit on its own line: "REUTERS/Jane Doe", "AFP via Getty Images" */
const AGENCY_CREDIT = /^(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANADOLU|XINHUA|GETTY IMAGES|Getty Images|Reuters|AFP via Getty Images)(?:\s*\/\s*[\p{L}][\p{L} .'-]{0,60})*$/u;
/** contacts, copyright, button rows */
const CONTACT_LINE =
  /^(?:media (?:contact|contacts|enquiries|inquiries)|press (?:contact|office|enquiries|inquiries)|for (?:media|press) (?:enquiries|inquiries)|for (?:further|more) information|got a story\b|contact us\b|©|\(c\)\s*\d{4}|copyright\b|all rights reserved)/i;
const BUTTONS =
  /^(?:(?:advertisement|advertising|sponsored(?: content)?|share(?: this(?: article| story)?)?|comments?|print|email|tweet|save|subscribe|sign up|follow us|skip to (?:main )?content|listen to (?:this )?article|show more|load more|click here|reading time\b[^|]{0,20})\b[\s|·•]*)+$/i;

/** Is this line (trimmed) page furniture on its own? */
export function furnitureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  return (
    LINK_LINE.test(t) ||
    CAPTION_LINE.test(t) ||
    CREDIT_LINE.test(t) ||
    CONTACT_LINE.test(t) ||
    BUTTONS.test(t) ||
    AGENCY_CREDIT.test(t) ||
    (BYLINE.test(t) && t.split(/\s+/).length <= 20) ||
    (CREDIT_END.test(t) && t.length <= 300)
  );
}

/**
 * The furniture lines of `text` (the analysis text) as spans: each furniture
 * line, and a link header ("Read more:") with the lines that follow it in the
 * same block of non-blank lines.
 */
export function furnitureSpans(text: string): Span[] {
  const out: Span[] = [];
  let underHeader = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(start, i);
    const t = line.trim();
    const header = LINK_HEADER.test(t);
    if (!t) underHeader = false;
    else if (underHeader || header || furnitureLine(t)) out.push({ start, end: i });
    else {
      const at = midLineLink(line);
      if (at >= 0) out.push({ start: start + at, end: i });
    }
    if (header) underHeader = true;
    start = i + 1;
  }
  return out;
}

/** Where a link label run into the prose begins in `line` (MID_LINK), or -1 */
function midLineLink(line: string): number {
  MID_LINK.lastIndex = 0;
  for (let m = MID_LINK.exec(line); m; m = MID_LINK.exec(line)) {
    const label = m[1]!;
    if (m[2] !== ':' || (label === label.toUpperCase() && /\p{Lu}{2}/u.test(label))) return m.index;
  }
  return -1;
}
