/**
 * Adds the plan's charts to a package ExcelJS has written (ExcelJS 4.4 cannot write charts).
 * For each sheet with charts: one DrawingML drawing part anchoring one chart part per chart,
 * the relationships that link them, a <drawing> element in the sheet and the content types.
 * Charts hold only references to the sheet's cells (no cached values): Excel and LibreOffice
 * read the data from the cells when they open the file. `trimToData` is not applied: a new
 * file has no tracked rows yet, and the ranges must cover the rows the user adds later.
 */
import JSZip from "jszip";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../plan/plan";
import { absoluteRange, parseCell, quoteSheet } from "../plan/a1";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SERIES_COLORS = ["1F3864", "ED7D31", "548235", "7F7F7F", "2E75B6", "BF9000"];

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
export const unesc = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** 'Sheet'!$B$10:$B$15 from "B10:B15" on that sheet. */
const absRange = (sheet: string, range: string): string => `${quoteSheet(sheet)}!${absoluteRange(range)}`;

/**
 * The number format of the plan cell at `ref` (the first value of a series), so the value axis
 * reads "$400,000" rather than 400000: the chart holds no cached values to take it from.
 */
export function formatAt(plan: WorkbookPlan, sheet: SheetPlan, ref: string): string | undefined {
  const { row, col } = parseCell(ref.split(":")[0]);
  for (const b of sheet.blocks) {
    const cell = b.cells[row - b.row]?.[col - b.col];
    if (cell) return cell.numFmt ?? (cell.style ? plan.styles[cell.style]?.numFmt : undefined);
  }
  return undefined;
}

export function chartXml(chart: ChartPlan, sheet: string, valueFormat?: string): string {
  const line = chart.type === "line";
  const series = chart.series
    .map((s, i) => {
      const color = SERIES_COLORS[i % SERIES_COLORS.length];
      const shape = line
        ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
        : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${shape}` +
        `<c:cat><c:strRef><c:f>${esc(absRange(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(absRange(sheet, s.values))}</c:f></c:numRef></c:val>` +
        (line ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`
      );
    })
    .join("");
  const axIds = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axIds}</c:barChart>`;
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="595959"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
  const gridLine = `<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisText}` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines>${gridLine}</c:majorGridlines>` +
    `<c:numFmt formatCode="${esc(valueFormat ?? "General")}" sourceLinked="${valueFormat ? 0 : 1}"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${axisText}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

function anchorXml(chart: ChartPlan, index: number, relId: string): string {
  const from = parseCell(chart.from);
  const to = parseCell(chart.to);
  if (to.row < from.row || to.col < from.col) throw new Error(`chart "${chart.title}": ${chart.to} is not below and right of ${chart.from}`);
  const point = (tag: string, p: { row: number; col: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${point("from", from)}${point("to", { row: to.row + 1, col: to.col + 1 })}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const relsXml = (rels: { id: string; type: string; target: string }[]): string =>
  XML_HEAD +
  `<Relationships xmlns="${NS.rel}">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"/>`).join("") +
  `</Relationships>`;

/** Sheet name → its part path ("xl/worksheets/sheet2.xml"), read from the workbook and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readText(zip, "xl/workbook.xml");
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id && targets.get(id);
    if (name !== undefined && part) parts.set(unesc(name), part);
  }
  return parts;
}

export async function readText(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`the written package has no ${path}`);
  return f.async("string");
}

// Elements that must follow <drawing> inside <worksheet> (ECMA-376 CT_Worksheet order).
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function insertDrawing(sheetXml: string, relId: string, where: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error(`${where} already has a drawing`);
  const root = /<worksheet\b[^>]*>/.exec(sheetXml);
  if (!root) throw new Error(`${where} has no <worksheet> element`);
  let xml = sheetXml;
  if (!/xmlns:r=/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS.r}">`));
  const element = `<drawing r:id="${relId}"/>`;
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const i = xml.search(new RegExp(`<${tag}\\b`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf("</worksheet>");
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Adds every planned chart to the package (loaded without folder entries, see package.ts). */
export async function addCharts(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const withCharts = plan.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return;
  const put = (path: string, text: string) => zip.file(path, text, { createFolders: false });
  const parts = await sheetParts(zip);
  let types = await readText(zip, "[Content_Types].xml");
  let chartNo = 0;
  let drawingNo = 0;
  const free = (prefix: string, n: number) => !zip.file(`${prefix}${n}.xml`);

  for (const sheet of withCharts) {
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`sheet "${sheet.name}" is missing from the written package`);
    do drawingNo++;
    while (!free("xl/drawings/drawing", drawingNo));
    const drawingRels: { id: string; type: string; target: string }[] = [];
    const anchors: string[] = [];
    sheet.charts.forEach((chart, i) => {
      do chartNo++;
      while (!free("xl/charts/chart", chartNo));
      const valueFormat = chart.series.length ? formatAt(plan, sheet, chart.series[0].values) : undefined;
      put(`xl/charts/chart${chartNo}.xml`, chartXml(chart, sheet.name, valueFormat));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CONTENT_TYPE.chart}"/></Types>`);
      drawingRels.push({ id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/chart${chartNo}.xml` });
      anchors.push(anchorXml(chart, i, `rId${i + 1}`));
    });
    put(`xl/drawings/drawing${drawingNo}.xml`, XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`);
    put(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CONTENT_TYPE.drawing}"/></Types>`);

    // Link the drawing from the sheet, keeping the relationships ExcelJS wrote (comments, VML).
    const slash = part.lastIndexOf("/");
    const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const existing = zip.file(relsPath) ? await readText(zip, relsPath) : relsXml([]);
    const relId = "rIdSmartsourceCharts";
    const rel = `<Relationship Id="${relId}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    put(relsPath, existing.includes("</Relationships>") ? existing.replace("</Relationships>", `${rel}</Relationships>`) : existing.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`));
    put(part, insertDrawing(await readText(zip, part), relId, part));
  }
  put("[Content_Types].xml", types);
}
