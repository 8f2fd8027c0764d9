// 8. The report's leading sectors and its "van dik naar dun" identity table
// Reads its source from data/, checks it against what PROVENANCE documents (failing the build on any
// difference) and returns the dataset for data/ and @q4/data.
import { DataError, expectCount, expectValue } from './checks.mjs';
import { reportSource } from './sources.mjs';

const SECTOR_EN = {
  gastvrijheidseconomie: 'Hospitality economy',
  'openbaar bestuur & veiligheid': 'Public administration & safety',
  'zorg & welzijn': 'Care & welfare',
  'voeding & gezondheid': 'Food & health',
  'consultancy & overige diensten': 'Consultancy & other services',
};
const IDENTITY_EN = {
  'Wortels in (lokale) geschiedenis': 'Roots in (local) history',
  'Inspelend op actualiteit': 'Responsive to current events',
  'Impliciete overeenstemming': 'Implicit agreement',
  'Expliciete dialogen': 'Explicit dialogue',
  'Normatieve waarheden': 'Normative truths',
  'Utilitaire toepassingen': 'Utilitarian applications',
  'Gesloten instituties': 'Closed institutions',
  'Open netwerken': 'Open networks',
  'Gezamenlijke cultuur': 'Shared culture',
  'Verschillende culturen': 'Different cultures',
  'Algemeen belang': 'Common interest',
  'Specifiek nut': 'Specific benefit',
  'Directe betrokkenheid': 'Direct involvement',
  'Afstandelijke afweging': 'Detached consideration',
  'Permanente aanwezigheid': 'Permanent presence',
  'Tijdelijke werking': 'Temporary effect',
  'Afweging van belangen': 'Weighing of interests',
  'Strategische inzet': 'Strategic deployment',
  '‘Government’': '‘Government’',
  '‘Governance’': '‘Governance’',
  'Sociale rechtvaardigheid': 'Social justice',
  'Economische doelmatigheid': 'Economic efficiency',
};

export function buildReport(sources) {
  const seed = sources.seed();
  const flat = seed.text.replace(/\s+/g, ' ');
  const m = /Een vijftal sectoren zijn nadrukkelijk vertegenwoordigd: ([^.]+)\./.exec(flat);
  if (!m) throw new DataError('report: the sentence naming the five sectors is not in the seed');
  const printed = m[1].split(/, /).map((s) => s.trim());
  expectCount('leading sectors', printed, 5);
  const sectors = printed.map((p) => {
    if (!SECTOR_EN[p]) throw new DataError(`leading sectors: no English label for "${p}"`);
    return { id: p.replace(/ & /g, '-').replace(/\s+/g, '-'), printed: p, label: { nl: p[0].toUpperCase() + p.slice(1), en: SECTOR_EN[p] } };
  });

  const lines = seed.text.split('\n');
  const tables = [];
  lines.forEach((line, i) => {
    if (!/^Dikke identiteiten\t\s*Dunne identiteiten$/.test(line)) return;
    const pairs = [];
    for (let j = i + 1; j < lines.length && pairs.length < 11; j++) {
      const cells = lines[j].split('\t').map((c) => c.trim()).filter(Boolean);
      if (cells.length === 0) continue;
      if (cells.length !== 2) throw new DataError(`identity: seed line ${j + 1} is not a pair`);
      pairs.push(cells);
    }
    tables.push(pairs);
  });
  if (tables.length !== 2) throw new DataError(`identity: expected the table twice in the seed, found ${tables.length}`);
  expectValue('identity', 'the two printings agree', JSON.stringify(tables[0]), JSON.stringify(tables[1]));
  expectCount('identity', tables[0], 11);
  const identity = tables[0].map(([thick, thin], i) => {
    for (const t of [thick, thin]) if (!IDENTITY_EN[t]) throw new DataError(`identity: no English label for "${t}"`);
    return { id: i + 1, thick: { nl: thick, en: IDENTITY_EN[thick] }, thin: { nl: thin, en: IDENTITY_EN[thin] } };
  });
  return {
    leadingSectors: { id: 'leading-sectors', source: reportSource(seed, { table: 'Economische specialisaties in de regio', period: '2015 (report)', notes: 'The report names the sectors; it gives no figures for them. English labels are ours.' }), rows: sectors },
    identityShift: {
      id: 'identity-shift',
      source: reportSource(seed, { table: 'Verschuiving van identiteit: van dik naar dun', period: '2015 (report)', notes: 'Dutch as printed (the table appears twice, identically); English translations are ours.' }),
      rows: identity,
    },
  };
}
