/**
 * English names for districts and cities: Hanyu Pinyin of the Chinese name (syllables from npm
 * `pinyin-pro`, fetched into .scratch by the build, never a dependency of the app), written the
 * way Chinese place names are romanised (syllables run together, an apostrophe before a syllable
 * that starts with a, o or e: Lin'an, Bao'an) with the administrative suffix in English. These are
 * transliterations for orientation, not official English names.
 */

/** Turns a Chinese string into toneless pinyin syllables, one per character. */
export type Syllables = (zh: string) => string[];

/**
 * Readings a general-purpose converter gets wrong for place names (polyphonic characters whose
 * place-name reading differs from the common one). Checked by hand against the standard
 * romanisations of these places.
 */
export const PLACE_READINGS: Record<string, string> = {
  六合: 'Luhe', // 六 reads lù in Nanjing's Luhe
  黄陂: 'Huangpi', // 陂 reads pí in Wuhan's Huangpi
  郫都: 'Pidu', // 都 reads dū here
  郫县: 'Pixian',
  乐清: 'Yueqing', // 乐 reads yuè here
  香港: 'Hong Kong', // not pinyin: the English name in use
  澳门: 'Macao',
};

/** Characters whose place-name reading is not the converter's default: 都 is dū in a name (Chengdu, Huadu), never dōu. */
const CHAR_READINGS: Record<string, string> = { 都: 'du' };

/** Ethnic groups named in autonomous counties ("伊通满族自治县" → "Yitong Manchu Autonomous County"). */
const ETHNIC: Record<string, string> = {
  满族: 'Manchu',
  回族: 'Hui',
  蒙古族: 'Mongol',
  朝鲜族: 'Korean',
  土家族: 'Tujia',
  苗族: 'Miao',
  彝族: 'Yi',
  藏族: 'Tibetan',
  羌族: 'Qiang',
};

/** Administrative suffixes, longest first, and their English. A county-level city keeps its bare name. */
const SUFFIXES: [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['新区', 'New Area'],
  ['地区', 'Prefecture'],
  ['自治州', 'Autonomous Prefecture'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', ''],
  ['盟', 'League'],
  ['旗', 'Banner'],
];

/** Joins syllables into one capitalised word, with the apostrophe that keeps xi'an from reading xian. */
export function joinSyllables(syllables: readonly string[]): string {
  const word = syllables
    .map((s) => s.toLowerCase().replace(/ü|v/g, 'u'))
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * "双流区" → "Shuangliu District", "通化县" → "Tonghua County", "集安市" → "Ji'an", "长春市" →
 * "Changchun". A stem of one character keeps its suffix in pinyin ("城区" is not "Cheng District").
 * Returns undefined when a character has no reading (the label then shows the Chinese alone).
 */
export function englishName(zh: string, syllables: Syllables): string | undefined {
  const name = zh.trim();
  const suffix = SUFFIXES.find(([s]) => name.endsWith(s) && name.length - s.length >= 2);
  const stem = suffix ? name.slice(0, -suffix[0].length) : name;
  const ethnic = Object.keys(ETHNIC).find((e) => stem.endsWith(e) && stem.length > e.length);
  const place = ethnic ? stem.slice(0, -ethnic.length) : stem;
  const word = PLACE_READINGS[place] ?? pinyinWord(place, syllables);
  if (!word) return undefined;
  return [word, ethnic && ETHNIC[ethnic], suffix?.[1]].filter(Boolean).join(' ');
}

function pinyinWord(zh: string, syllables: Syllables): string | undefined {
  const chars = [...zh];
  const parts = syllables(zh);
  if (parts.length !== chars.length || parts.some((p) => !/^[a-zü]+$/i.test(p))) return undefined;
  return joinSyllables(parts.map((p, i) => CHAR_READINGS[chars[i]!] ?? p));
}

/** "jiang1_su1_nan2_jing1" → ["jiang","su","nan","jing"]: the package's own tone-numbered file names. */
export const fileSyllables = (file: string): string[] => file.split('_').map((s) => s.replace(/\d$/, ''));

/**
 * Whether our English city name agrees with the package's own pinyin file name (a cross-check
 * from a second source: the file is named province + city, so the city's syllables end it).
 */
export function agreesWithFileName(english: string, file: string): boolean {
  const fromFile = fileSyllables(file).join('');
  const ours = english.split(' ')[0]!.toLowerCase().replace(/'/g, '');
  return fromFile.endsWith(ours);
}
