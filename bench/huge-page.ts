/**
 * A generated readout of about 1 MB with at least 50,000 text nodes (the benchmark's page (b) and
 * the huge-page browser test). Every tenth paragraph names two officials and one agreement.
 */
export interface HugePage {
  html: string;
  /** Paragraphs that name Wang Yi, Cho Tae-yul and the Belt and Road Initiative once each. */
  tagged: number;
}

export function hugeReadoutPage(targetBytes = 1_000_000): HugePage {
  const paragraphs: string[] = [];
  let size = 0;
  let tagged = 0;
  for (let i = 0; size < targetBytes; i++) {
    const p =
      i % 10 === 0
        ? `<p>Item ${i}: Wang Yi spoke with <b>Cho Tae-yul</b> on the Belt and Road Initiative.</p>`
        : `<p>Line ${i} <i>of</i> the <b>record</b> names <i>nobody</i> here.</p>`;
    if (i % 10 === 0) tagged += 1;
    paragraphs.push(p);
    size += p.length + 1;
  }
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Wang Yi Meets Cho Tae-yul</title>
<meta name="PubDate" content="2024-10-01 10:00"></head><body><div class="content_mod"><h2 class="title">Wang Yi Meets Cho Tae-yul</h2>
<p class="time"><span id="News_Body_Time">2024-10-01 10:00</span></p><div class="content">
${paragraphs.join('\n')}
</div></div></body></html>`;
  return { html, tagged };
}
