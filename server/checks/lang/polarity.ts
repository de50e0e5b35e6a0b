import { originalSpan, withoutWhitespace } from '../../text/compact';
import { allMatches, escapeRegExp } from '../../util/regexp';

/**
 * Words of opposite meaning that news turns on — up or down, won or lost, approved or rejected, a
 * profit or a loss, denied or admitted (confirmed), and the comparisons higher or lower, larger or
 * smaller, better or worse, cheaper or dearer — as word starts per language (any word of Chinese and
 * Japanese text). A translation that says the opposite of its source reverses the report.
 */
export type Pole =
  | 'up'
  | 'down'
  | 'won'
  | 'lost'
  | 'approved'
  | 'rejected'
  | 'profit'
  | 'loss'
  | 'denied'
  | 'admitted'
  | 'higher'
  | 'lower'
  | 'larger'
  | 'smaller'
  | 'better'
  | 'worse'
  | 'cheaper'
  | 'dearer'
  | 'forbidden'
  | 'optional'
  | 'loved'
  | 'hated';

export const OPPOSITE: Readonly<Record<Pole, Pole>> = {
  up: 'down',
  down: 'up',
  won: 'lost',
  lost: 'won',
  approved: 'rejected',
  rejected: 'approved',
  profit: 'loss',
  loss: 'profit',
  denied: 'admitted',
  admitted: 'denied',
  higher: 'lower',
  lower: 'higher',
  larger: 'smaller',
  smaller: 'larger',
  better: 'worse',
  worse: 'better',
  cheaper: 'dearer',
  dearer: 'cheaper',
  forbidden: 'optional',
  optional: 'forbidden',
  loved: 'hated',
  hated: 'loved',
};

const POLES: readonly Pole[] = [
  'up',
  'down',
  'won',
  'lost',
  'approved',
  'rejected',
  'profit',
  'loss',
  'denied',
  'admitted',
  'higher',
  'lower',
  'larger',
  'smaller',
  'better',
  'worse',
  'cheaper',
  'dearer',
  'forbidden',
  'optional',
  'loved',
  'hated',
];

type PoleWords = Readonly<Partial<Record<Pole, readonly string[]>>>;

/**
 * Word starts, lower case; a final "=" asks for the whole word ("won", not "won't"); a leading "/" makes
 * the rest an expression (a modal and its negation, which German separates: "dürfen … nicht"). Left out on
 * purpose: words that also mean something else in everyday text ("fall" the season, German "Fall" a
 * case and "gefallen" liked, "up", "down", "gain"), and words that name the event rather than its
 * direction.
 */
const WORDS: Readonly<Record<string, PoleWords>> = {
  en: {
    up: ['increas', 'rose=', 'risen=', 'rises=', 'soared', 'surged'],
    down: ['decreas', 'fell=', 'fallen=', 'slumped', 'plunged', 'shrank'],
    // Not "defeat": "X defeated Y" is X's win.
    won: ['won=', 'wins=', 'winning', 'victor'],
    lost: ['lost=', 'loses=', 'losing'],
    approved: ['approv', 'adopted', 'authoriz', 'authoris', 'endors', 'ratif', 'passed'],
    rejected: ['reject', 'refus', 'vetoed', 'turned down'],
    profit: ['profit'],
    loss: ['loss', 'losses'],
    denied: ['denied=', 'denies=', 'deny=', 'denying='],
    admitted: ['admitted', 'admits=', 'admit=', 'acknowledged', 'confirmed', 'confirms='],
    higher: ['higher='],
    lower: ['lower='],
    larger: ['larger=', 'bigger='],
    smaller: ['smaller='],
    better: ['better='],
    worse: ['worse='],
    cheaper: ['cheaper='],
    dearer: ['more expensive', 'pricier=', 'costlier='],
    forbidden: [
      // Not "must not only", nor "shall not be required to", which is the other side.
      `/must\\s+not(?!\\s+(?:only|be\\s+(?:required|obliged)))(?![\\p{L}])`,
      `/mustn['’]?t(?![\\p{L}])`,
      `/shall\\s+not(?!\\s+(?:only|be\\s+(?:required|obliged)|need|have))(?![\\p{L}])`,
    ],
    optional: [
      `/needn['’]?t(?![\\p{L}])`,
      `/need\\s+not(?![\\p{L}])`,
      `/(?:do|does|did)(?:\\s+not|n['’]t)\\s+(?:have|need)\\s+to(?![\\p{L}])`,
      `/(?:is|are|was|were)(?:\\s+not|n['’]t)\\s+(?:required|obliged)\\s+to(?![\\p{L}])`,
      `/not\\s+be\\s+(?:required|obliged)\\s+to(?![\\p{L}])`,
    ],
    loved: ['love=', 'loves=', 'loved=', 'adore'],
    hated: ['hate=', 'hates=', 'hated=', 'hating=', 'despise', 'detest'],
  },
  de: {
    up: ['gestiegen', 'stieg', 'steigt', 'anstieg', 'erhöh', 'zunahme', 'zugenommen', 'zuwachs'],
    down: [
      'gesunken',
      'sank',
      'sinkt',
      'rückgang',
      'zurückgegangen',
      'verringer',
      'abnahme',
      'abgenommen',
      'schrumpf',
    ],
    won: ['gewann', 'gewinnt', 'gewonnen', 'sieg'],
    lost: ['verlor', 'verliert', 'niederlage'],
    approved: ['genehmig', 'gebilligt', 'billigt', 'zugestimmt', 'verabschiedet'],
    rejected: ['abgelehnt', 'lehnte', 'lehnt', 'ablehn', 'zurückgewiesen', 'verworfen'],
    profit: ['gewinn', 'überschuss'],
    loss: ['verlust', 'defizit'],
    denied: ['dementi', 'bestritt', 'bestreitet', 'bestritten', 'leugne', 'geleugnet'],
    admitted: ['gab zu', 'zugegeben', 'gestand', 'gesteht', 'eingeräumt', 'bestätig'],
    higher: ['höher'],
    lower: ['niedriger', 'geringer', 'tiefer'],
    larger: ['größer'],
    smaller: ['kleiner'],
    better: ['besser'],
    worse: ['schlechter'],
    cheaper: ['billiger', 'günstiger'],
    dearer: ['teurer'],
    forbidden: [
      `/(?:darf|dürfen|darfst|dürft)(?:\\s+[\\p{L}\\d-]+){0,6}?\\s+(?:nicht|kein\\p{L}*)(?!\\s+nur)(?![\\p{L}])`,
    ],
    optional: [
      `/(?:muss|müssen|musst|müsst|braucht|brauchen|brauchst)(?:\\s+[\\p{L}\\d-]+){0,6}?\\s+(?:nicht|kein\\p{L}*)(?!\\s+nur)(?![\\p{L}])`,
      'nicht verpflichtet',
      'nicht erforderlich',
    ],
    loved: ['liebe=', 'lieben=', 'liebt=', 'liebte', 'geliebt'],
    hated: ['hasse=', 'hassen=', 'hasst=', 'hasste', 'gehasst', 'verabscheu'],
  },
  fr: {
    up: ['hausse', 'augment'],
    down: ['baisse', 'baissé', 'diminu', 'recul', 'chute', 'chuté'],
    won: ['gagn', 'victoire', 'remport'],
    lost: ['perdu', 'perd', 'défaite'],
    approved: ['approuv', 'adopt'],
    rejected: ['rejet', 'rejeté', 'refus'],
    profit: ['bénéfice', 'profit'],
    loss: ['perte', 'déficit'],
    denied: ['démenti', 'dément', 'nié=', 'nie=', 'nient=', 'niant='],
    admitted: ['reconnu', 'reconnaît', 'admis=', 'admet=', 'avoué', 'confirm'],
    higher: ['plus élevé', 'plus haut', 'supérieur'],
    lower: ['plus bas', 'plus faible', 'moins élevé', 'inférieur'],
    larger: ['plus grand'],
    smaller: ['plus petit'],
    better: ['meilleur', 'mieux'],
    worse: ['pire', 'moins bon'],
    cheaper: ['moins cher', 'moins chère'],
    dearer: ['plus cher', 'plus chère'],
    forbidden: ['ne doit pas', 'ne doivent pas', 'ne devez pas', 'ne dois pas'],
    optional: ['pas obligé', 'pas tenu de', 'pas tenus de', 'pas besoin de', 'pas nécessaire de'],
    loved: ['aime=', 'aimes=', 'aiment=', 'adore'],
    hated: ['déteste', 'hais=', 'hait=', 'haïssent'],
  },
  es: {
    up: ['aument', 'subió', 'subieron', 'alza', 'increment'],
    down: ['bajó', 'bajaron', 'disminu', 'cayó', 'cayeron', 'caída', 'descen', 'reduj'],
    won: ['ganó', 'ganaron', 'gana', 'victoria'],
    lost: ['perdió', 'perdieron', 'pierde', 'derrota'],
    approved: ['aprob'],
    rejected: ['rechaz'],
    profit: ['beneficio', 'ganancia'],
    loss: ['pérdida', 'déficit'],
    denied: ['negó', 'niega', 'negaron', 'desmint', 'desmien'],
    admitted: ['admit', 'reconoc', 'confirm'],
    higher: ['más alto', 'más alta', 'más elevad', 'superior'],
    lower: ['más bajo', 'más baja', 'inferior'],
    larger: ['más grande'],
    smaller: ['más pequeñ'],
    better: ['mejor'],
    worse: ['peor'],
    cheaper: ['más barat'],
    dearer: ['más car'],
    forbidden: ['no debe ', 'no deben ', 'no debes ', 'no debéis '],
    optional: [
      'no tiene que',
      'no tienen que',
      'no tienes que',
      'no es necesario',
      'no está obligado',
      'no hace falta',
    ],
    loved: ['amo=', 'amas=', 'ama=', 'aman=', 'adoro=', 'adora='],
    hated: ['odio=', 'odias=', 'odia=', 'odian=', 'detesto', 'detesta'],
  },
  it: {
    up: ['aument', 'rialz'],
    down: ['diminu', 'calat', 'calo', 'scesi', 'sceso', 'ribass', 'crollat', 'flession'],
    won: ['vinto', 'vince', 'vittoria'],
    lost: ['perso', 'perde', 'sconfitta'],
    approved: ['approvat', 'approva'],
    rejected: ['respint', 'bocciat'],
    profit: ['utile', 'profitt'],
    loss: ['perdit', 'disavanzo'],
    denied: ['negato', 'nega=', 'negano', 'smentit', 'smentisc'],
    admitted: ['ammess', 'ammette', 'riconosc', 'confermat', 'conferma'],
    higher: ['più alt', 'più elevat', 'superior'],
    lower: ['più bass', 'inferior'],
    larger: ['più grand', 'maggior'],
    smaller: ['più piccol', 'minor'],
    better: ['miglior', 'meglio='],
    worse: ['peggior', 'peggio='],
    cheaper: ['più economic'],
    dearer: ['più car'],
    forbidden: ['non deve ', 'non devono ', 'non devi '],
    optional: ['non è obbligat', 'non è necessario', 'non c’è bisogno', "non c'è bisogno", 'non serve '],
    loved: ['amo=', 'ami=', 'ama=', 'amano=', 'adoro'],
    hated: ['odio=', 'odi=', 'odia=', 'odiano=', 'detesto', 'detesta'],
  },
  pt: {
    up: ['aument', 'subiu', 'subiram'],
    down: ['caiu', 'caíram', 'queda', 'diminu', 'recu'],
    won: ['venceu', 'ganhou', 'vitória'],
    lost: ['perdeu', 'perderam', 'derrota'],
    approved: ['aprov'],
    rejected: ['rejeit', 'recus'],
    profit: ['lucro'],
    loss: ['prejuízo', 'perda'],
    denied: ['negou', 'nega=', 'negaram', 'desment'],
    admitted: ['admitiu', 'admite', 'reconhec', 'confirm'],
    higher: ['mais alt', 'mais elevad', 'superior'],
    lower: ['mais baix', 'inferior'],
    larger: ['maior'],
    smaller: ['menor'],
    better: ['melhor'],
    worse: ['pior'],
    cheaper: ['mais barat'],
    dearer: ['mais car'],
    forbidden: ['não deve ', 'não devem '],
    optional: ['não precisa', 'não é obrigad', 'não tem de', 'não tem que', 'não é necessário'],
    loved: ['amo=', 'ama=', 'amam=', 'adoro'],
    hated: ['odeio', 'odeia', 'odeiam', 'detesto', 'detesta'],
  },
  nl: {
    up: ['stijg', 'steeg', 'gestegen', 'toename', 'toegenomen'],
    down: ['daal', 'gedaald', 'afname', 'afgenomen', 'krimp', 'kromp'],
    won: ['won', 'wint', 'gewonnen', 'overwinning'],
    lost: ['verloor', 'verliest', 'verloren', 'nederlaag'],
    approved: ['goedgekeurd', 'keurde', 'aangenomen'],
    rejected: ['verworpen', 'afgewezen', 'wees', 'verwierp'],
    profit: ['winst'],
    loss: ['verlies'],
    denied: ['ontkend', 'ontkent', 'ontkende'],
    admitted: ['gaf toe', 'toegegeven', 'geeft toe', 'bevestig'],
    higher: ['hoger'],
    lower: ['lager'],
    larger: ['groter'],
    smaller: ['kleiner'],
    better: ['beter'],
    worse: ['slechter'],
    cheaper: ['goedkoper'],
    dearer: ['duurder'],
    forbidden: [`/(?:mag|mogen)(?:\\s+[\\p{L}\\d-]+){0,6}?\\s+niet(?![\\p{L}])`],
    optional: [`/(?:hoeft|hoeven)(?:\\s+[\\p{L}\\d-]+){0,6}?\\s+niet(?![\\p{L}])`],
    loved: ['hou van', 'houdt van', 'houden van'],
    hated: ['haat=', 'haten=', 'hekel'],
  },
  pl: {
    up: ['wzrost', 'wzrósł', 'wzrosł', 'wzrosn', 'zwiększ', 'rośnie'],
    down: ['spad', 'zmniejsz', 'obniż', 'zmalał', 'maleje'],
    won: ['wygrał', 'wygrywa', 'zwycię'],
    lost: ['przegrał', 'przegrywa', 'porażk'],
    approved: ['zatwierdz', 'przyjęł', 'uchwalił'],
    rejected: ['odrzuc', 'odrzuci'],
    profit: ['zysk'],
    loss: ['strat'],
    denied: ['zaprzecz', 'zdementow'],
    admitted: ['przyznał', 'przyznaje', 'potwierdz'],
    higher: ['wyższ'],
    lower: ['niższ'],
    larger: ['większ'],
    smaller: ['mniejsz'],
    better: ['lepsz', 'lepiej'],
    worse: ['gorsz', 'gorzej'],
    cheaper: ['tańsz', 'taniej'],
    dearer: ['droższ', 'drożej'],
    forbidden: ['nie wolno', 'nie należy'],
    optional: [
      'nie musi',
      'nie muszą',
      'nie musisz',
      'nie trzeba',
      'nie jest konieczne',
      'nie jest obowiązkowe',
    ],
    loved: ['kocham', 'kochasz', 'kocha=', 'kochają', 'uwielbiam'],
    hated: ['nienawidz', 'nienawiść'],
  },
  cs: {
    up: ['vzrost', 'vzrostl', 'zvýš', 'růst', 'roste'],
    down: ['pokles', 'klesl', 'klesá', 'sníž', 'propad'],
    won: ['vyhrál', 'vyhrává', 'vítěz'],
    lost: ['prohrál', 'prohrává', 'poráž'],
    approved: ['schválil', 'schváli', 'přijal'],
    rejected: ['zamítl', 'odmítl', 'zamít'],
    profit: ['zisk'],
    loss: ['ztrát'],
    denied: ['popřel', 'popírá', 'popřela'],
    admitted: ['přiznal', 'přiznává', 'potvrdil', 'potvrzuje'],
    higher: ['vyšší'],
    lower: ['nižší'],
    larger: ['větší'],
    smaller: ['menší'],
    better: ['lepší', 'lépe'],
    worse: ['horší', 'hůře', 'hůř='],
    cheaper: ['levnější'],
    dearer: ['dražší'],
    forbidden: ['nesmí', 'nesmíte', 'nesmějí'],
    optional: ['nemusí', 'nemusíte', 'není nutné', 'není povinn'],
    loved: ['miluj', 'milovat', 'miloval', 'zbožňuj'],
    hated: ['nenávid', 'nesnáš', 'nesnes'],
  },
  ro: {
    up: ['crescut', 'creșter', 'crește', 'majora'],
    down: ['scăzut', 'scăder', 'scade', 'diminu', 'reduce', 'redus'],
    won: ['câștigat', 'câștigă', 'victori'],
    lost: ['pierdut', 'pierde', 'înfrânger'],
    approved: ['aprobat', 'aprobă', 'adoptat'],
    rejected: ['respins', 'respinge'],
    profit: ['profit'],
    loss: ['pierderi'],
    denied: ['negat=', 'neagă', 'dezmințit'],
    admitted: ['recunoscut', 'recunoaște', 'admis=', 'confirmat', 'confirmă'],
    higher: ['mai ridicat', 'mai înalt'],
    lower: ['mai scăzut', 'mai redus', 'mai jos'],
    larger: ['mai mare', 'mai mari'],
    smaller: ['mai mic'],
    better: ['mai bun', 'mai bine'],
    worse: ['mai rău', 'mai rea', 'mai prost'],
    cheaper: ['mai ieftin'],
    dearer: ['mai scump'],
    loved: ['iubesc', 'iubește', 'iubeste', 'ador='],
    hated: ['urăsc', 'urăște', 'urasc', 'detest'],
  },
  ru: {
    up: ['рост', 'вырос', 'увелич', 'повыс'],
    down: ['паден', 'упал', 'сниз', 'сниж', 'сократил', 'уменьш'],
    won: ['победил', 'выиграл', 'побед'],
    lost: ['проиграл', 'поражен'],
    approved: ['одобрил', 'одобрен', 'утвердил', 'утвержд'],
    rejected: ['отклонил', 'отклонен', 'отверг'],
    profit: ['прибыл'],
    loss: ['убыт'],
    denied: ['отрицал', 'отрицает', 'опроверг'],
    admitted: ['признал', 'признаёт', 'признает', 'подтвердил', 'подтвержда'],
    higher: ['выше='],
    lower: ['ниже='],
    larger: ['крупнее='],
    smaller: ['мельче='],
    better: ['лучше='],
    worse: ['хуже='],
    cheaper: ['дешевле='],
    dearer: ['дороже='],
    forbidden: ['нельзя', 'не должен', 'не должна', 'не должны', 'не должно'],
    optional: ['не обязан', 'не нужно', 'не надо', 'не обязательно'],
    loved: ['люблю', 'любит', 'любишь', 'любят', 'обожа'],
    hated: ['ненавиж', 'ненавид'],
  },
  zh: {
    up: ['上涨', '增长', '增加', '上升', '提高', '攀升'],
    down: ['下跌', '下降', '减少', '降低', '下滑', '回落'],
    won: ['获胜', '赢得', '战胜', '胜利'],
    lost: ['输给', '失利', '败给', '战败'],
    approved: ['批准', '通过了'],
    rejected: ['否决', '拒绝', '驳回'],
    profit: ['盈利', '利润'],
    loss: ['亏损'],
    denied: ['否认'],
    admitted: ['承认', '证实', '确认'],
    higher: ['更高', '较高', '高于'],
    lower: ['更低', '较低', '低于'],
    larger: ['更大', '较大'],
    smaller: ['更小', '较小'],
    better: ['更好', '较好'],
    worse: ['更差', '较差', '更糟'],
    cheaper: ['更便宜'],
    dearer: ['更贵'],
    forbidden: ['不得', '不准', '不许'],
    optional: ['不必', '无需', '无须', '不需要', '不用'],
    loved: ['我爱', '爱你', '爱他', '爱她', '热爱'],
    hated: ['讨厌', '憎恨', '痛恨', '厌恶', '我恨', '恨你', '恨他', '恨她'],
  },
  ja: {
    up: ['上昇', '増加', '増え', '上が'],
    down: ['下落', '減少', '減っ', '低下', '下が'],
    won: ['勝利', '勝っ', '優勝'],
    lost: ['敗れ', '負け', '敗北'],
    approved: ['承認', '可決'],
    rejected: ['否決', '拒否', '却下'],
    profit: ['利益', '黒字'],
    loss: ['損失', '赤字'],
    denied: ['否定', '否認'],
    admitted: ['認め', '確認'],
    higher: ['より高', '上回'],
    lower: ['より低', '下回'],
    larger: ['より大き'],
    smaller: ['より小さ'],
    better: ['より良', 'よりよ'],
    worse: ['より悪'],
    cheaper: ['より安'],
    forbidden: ['てはいけない', 'てはならない', 'ではいけない', 'てはいけません', 'てはなりません'],
    optional: ['なくてもよい', 'なくてもいい', 'なくても構わない', '必要はない', '必要はありません'],
    loved: ['大好き', '愛して', '愛し'],
    hated: ['大嫌い', '嫌い', '憎'],
  },
};

const SPACELESS = new Set(['zh', 'ja']);

/** One expression per language, a group per pole, over lower-cased text: one pass finds every pole. */
interface PoleSearch {
  pattern: RegExp;
  poles: Pole[];
}

const searches = new Map<string, PoleSearch | null>();

function searchFor(lang: string): PoleSearch | null {
  let search = searches.get(lang);
  if (search !== undefined) return search;
  const words = WORDS[lang];
  search = null;
  if (words) {
    const poles = POLES.filter((pole) => words[pole] !== undefined);
    const groups = poles.map((pole) => {
      const alternatives = (words[pole] ?? []).map((start) => {
        if (start.startsWith('/')) return start.slice(1);
        const whole = start.endsWith('=');
        const escaped = escapeRegExp(whole ? start.slice(0, -1) : start);
        return whole ? `${escaped}(?![\\p{L}'’])` : escaped;
      });
      return `(${alternatives.join('|')})`;
    });
    // A word start (the character before is no letter), except in scripts without spaces.
    const before = SPACELESS.has(lang) ? '' : '(?<![\\p{L}])';
    search = { pattern: new RegExp(`${before}(?:${groups.join('|')})`, 'gu'), poles };
  }
  searches.set(lang, search);
  return search;
}

export function hasPolarityWords(lang: string): boolean {
  return lang in WORDS;
}

export interface PoleMention {
  pole: Pole;
  start: number;
  end: number;
  text: string;
}

/** The poles a text names, each with its first mention (the whole word it starts). */
export function polesIn(text: string, lang: string): PoleMention[] {
  const search = searchFor(lang);
  if (!search) return [];
  // Tokenised Chinese and Japanese ("上 涨") are read without their spaces.
  const compacted = SPACELESS.has(lang) ? withoutWhitespace(text) : null;
  const searched = (compacted?.text ?? text).toLowerCase();
  // Lower case must keep the offsets (it does but for a few letters: İ, some ligatures).
  if (searched.length !== (compacted?.text ?? text).length) return [];
  const found: PoleMention[] = [];
  for (const match of allMatches(search.pattern, searched)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const pole = search.poles[group];
    if (pole === undefined || found.some((m) => m.pole === pole)) continue;
    if (compacted) {
      const { start, end } = originalSpan(compacted, match.index, match[0].length);
      found.push({ pole, start, end, text: text.slice(start, end) });
    } else {
      // A phrase ("turned down", "müssen … nicht") as found; a word start as the whole word.
      const phrase = text.slice(match.index, match.index + match[0].trimEnd().length);
      const word = /\s/u.test(phrase)
        ? phrase
        : (/^[\p{L}\p{M}'’-]+/u.exec(text.slice(match.index))?.[0] ?? phrase);
      found.push({ pole, start: match.index, end: match.index + word.length, text: word });
    }
  }
  return found;
}

/**
 * Whether `plain` says by its words the opposite of a pole that `negated` names under a negation:
 * "did not make a profit" and "machte einen Verlust", "has not lost" and "a gagné". Nothing reversed.
 */
export function saysNegatedPoleOtherwise(
  negated: string,
  negatedLang: string,
  plain: string,
  plainLang: string,
): boolean {
  const inNegated = polesIn(negated, negatedLang);
  if (inNegated.length === 0) return false;
  const inPlain = new Set(polesIn(plain, plainLang).map((m) => m.pole));
  return inNegated.some((m) => inPlain.has(OPPOSITE[m.pole]) && !inPlain.has(m.pole));
}
