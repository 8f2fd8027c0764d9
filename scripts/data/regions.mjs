// Region codes and Dutch names used across the datasets (codes as in data/PROVENANCE.md).
export const REGION = [
  ['GM0310', 'De Bilt'],
  ['GM0312', 'Bunnik'],
  ['GM1581', 'Utrechtse Heuvelrug'],
  ['GM0352', 'Wijk bij Duurstede'],
  ['GM0355', 'Zeist'],
];

export const PARTNERS = [
  ['GM0344', 'Utrecht'],
  ['GM0307', 'Amersfoort'],
  ['GM0321', 'Houten'],
  ['GM0356', 'Nieuwegein'],
  ['GM0342', 'Soest'],
  ['GM0327', 'Leusden'],
  ['GM0345', 'Veenendaal'],
  ['GM0340', 'Rhenen'],
  ['GM0351', 'Woudenberg'],
  ['GM0308', 'Baarn'],
  ['GM0353', 'IJsselstein'],
];

export const AGGREGATES = [
  ['PV26', 'Provincie Utrecht'],
  ['CR17', 'Utrecht (COROP)'],
  ['NL01', 'Nederland'],
];

export const PROVINCES = [
  ['PV20', 'Groningen'],
  ['PV21', 'Fryslân'],
  ['PV22', 'Drenthe'],
  ['PV23', 'Overijssel'],
  ['PV24', 'Flevoland'],
  ['PV25', 'Gelderland'],
  ['PV26', 'Utrecht'],
  ['PV27', 'Noord-Holland'],
  ['PV28', 'Zuid-Holland'],
  ['PV29', 'Zeeland'],
  ['PV30', 'Noord-Brabant'],
  ['PV31', 'Limburg'],
];

export const REGION_CODES = REGION.map(([c]) => c);
/** The five municipalities, their partners, the province, COROP and the Netherlands. */
export const FOCUS = [...REGION, ...PARTNERS, ...AGGREGATES];
export const FOCUS_NAMES = new Map(FOCUS);
