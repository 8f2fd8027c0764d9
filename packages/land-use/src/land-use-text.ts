import { coreMessages, fill, intOption, listFormat, optionError, Q4Error, upperFirst, type FigureText, type Lang } from '@q4/core/figure';
import { findProvince } from '@q4/data';
import { categories, messages } from './messages.js';
import { formatShare } from './land-use-chart.js';
import { landUseBars, type LandUseBar, type LandUseData } from './land-use-data.js';

export interface LandUseModel {
  data: LandUseData;
  year: number;
  years: number[];
  codes: string[];
  bars: LandUseBar[];
}

const expected = {
  year: { nl: 'een jaartal, zoals 2015', en: 'a year, such as 2015' },
  areas: { nl: 'gebiedscodes gescheiden door komma’s, zoals PV26,NL01', en: 'area codes separated by commas, such as PV26,NL01' },
};

/** Applies `year` (0: the latest) and `areas` (codes separated by commas); throws a Q4Error for unknown ones. */
export function prepareLandUse(data: LandUseData, options: { year?: unknown; areas?: string; area?: string }, lang: Lang): LandUseModel {
  const t = messages[lang];
  const years = [...new Set(data.rows.map((r) => r.year))].sort((a, b) => a - b);
  const year = intOption('year', options.year, expected.year, lang) ?? years[years.length - 1];
  if (!years.includes(year)) throw new Q4Error('invalid-option', fill(t.badYear, { value: String(options.year), list: listFormat(years.map(String), lang) }));
  const known = [...new Set(data.rows.map((r) => r.code))];
  // `area`: one province (code PV20-PV31 or name) against the Netherlands.
  const one = String(options.area ?? '').trim();
  if (one && String(options.areas ?? '').trim()) throw new Q4Error('invalid-option', t.areaAndAreas);
  const found = one ? findProvince(one)?.code : undefined;
  const province = found && data.rows.some((r) => r.code === found) ? found : undefined;
  if (one && !province) throw new Q4Error('unknown-area', fill(t.unknownProvince, { value: one.slice(0, 40), list: listFormat(provinceNames(data), lang) }));
  const areas = province ? `${province},NL01` : String(options.areas ?? '');
  const codes = areas.trim()
    ? [
        ...new Set(
          areas
            .split(',')
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
        ),
      ]
    : data.defaults;
  if (!codes.length) throw optionError('areas', areas, expected.areas, lang);
  const unknown = codes.find((c) => !known.includes(c));
  if (unknown) throw new Q4Error('invalid-option', fill(t.unknownArea, { value: unknown.slice(0, 20), list: listFormat(known.slice(0, 14), lang) }));
  const present = codes.filter((c) => data.rows.some((r) => r.code === c && r.year === year));
  return { data, year, years, codes: present, bars: landUseBars(data, year, present) };
}

const provinceNames = (data: LandUseData) => [
  ...new Map(data.rows.filter((r) => r.code.startsWith('PV')).map((r) => [r.code, `${r.name} (${r.code})`])).values(),
];

/** "Provincie Utrecht" in a column, "de provincie Utrecht" in a sentence (for the bundled data). */
export function areaName(data: LandUseData, code: string, lang: Lang, inSentence = false): string {
  const row = data.rows.find((r) => r.code === code)!;
  if (!data.bundled) return row.name;
  if (code === 'NL01') return lang === 'en' ? (inSentence ? 'the Netherlands' : 'Netherlands') : 'Nederland';
  if (!code.startsWith('PV')) return row.name;
  if (lang === 'en') return inSentence ? `the province of ${row.name}` : `${row.name} (province)`;
  return inSentence ? `de provincie ${row.name}` : `Provincie ${row.name}`;
}

/** Title (the land category where the first two areas differ most), summary, notes and credit (pure). */
export function describeLandUse(model: LandUseModel, lang: Lang): FigureText {
  const t = messages[lang];
  const { bars, codes, year } = model;
  const cat = (id: string) => categories.find((c) => c.id === id)![lang];
  let title: string;
  if (codes.length >= 2) {
    // The land category where the first two areas differ most in proportion (water is left out: the
    // national total includes the sea, so its share says little about land use).
    let best = { id: 'builtUp', a: 0, b: 0, ratio: 0 };
    for (const c of categories) {
      if (c.id === 'water') continue;
      const a = bars.find((x) => x.code === codes[0] && x.category === c.id)?.share ?? 0;
      const b = bars.find((x) => x.code === codes[1] && x.category === c.id)?.share ?? 0;
      if (Math.min(a, b) < 0.02) continue;
      const ratio = Math.abs(Math.log(a / b));
      if (ratio > best.ratio) best = { id: c.id, a, b, ratio };
    }
    title = fill(t.title, {
      year,
      a: areaName(model.data, codes[0], lang, true),
      b: areaName(model.data, codes[1], lang, true),
      more: best.a > best.b ? t.more : t.less,
      category: cat(best.id),
      va: formatShare(best.a, lang),
      vb: formatShare(best.b, lang),
    });
  } else {
    const top = bars.filter((b) => b.code === codes[0]).sort((a, b) => b.share - a.share)[0];
    const name = cat(top.category);
    title = fill(t.titleOne, {
      category: upperFirst(name),
      a: areaName(model.data, codes[0], lang, true),
      va: formatShare(top.share, lang),
      year,
    });
  }
  const perArea = codes.map((code) =>
    fill(t.summaryArea, {
      area: areaName(model.data, code, lang),
      list: listFormat(
        bars.filter((b) => b.code === code).map((b) => fill(t.categoryShare, { category: cat(b.category), share: formatShare(b.share, lang) })),
        lang,
      ),
    }),
  );
  const notes: string[] = [];
  const noOuter = codes.filter((c) => model.data.rows.find((r) => r.code === c && r.year === year)?.outerWater === null);
  if (noOuter.length)
    notes.push(
      fill(t.outerWaterNote, {
        list: listFormat(
          noOuter.map((c) => areaName(model.data, c, lang, true)),
          lang,
        ),
      }),
    );
  if (model.data.rows.some((r) => codes.includes(r.code) && r.derived)) notes.push(t.derivedNote);
  if (model.data.bundled) notes.push(t.municipalNote);
  return {
    title,
    summary: fill(t.summary, { year, list: perArea.join('; ') }),
    notes,
    credit: model.data.bundled && model.data.credit ? `${model.data.credit[lang]}, ${year}` : (model.data.credit?.[lang] ?? coreMessages[lang].ownData),
  };
}
