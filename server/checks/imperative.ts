import type { Flag } from '../domain/types';
import { words } from '../text/normalize';
import { CLITICS, COMMAND_LEADS, IMPERATIVES } from './lang/imperatives';
import { type UnitCheck, flagFrom } from './types';

/** Words before which an English command may stand inside a sentence ("so create an account", "just look"). */
const ENGLISH_LEADS =
  'just|so|now|finally|really|please|then|ok|okay|simply|first|always|never|and|or|but|also|better|go|come|kindly|pls|plz|feel free to';

/** English verbs that give commands (their base form at a clause's start is one). */
const ENGLISH_COMMAND_VERBS =
  "don't|do not|let|have|be|get|go|come|give|take|make|stop|keep|leave|look|see|read|check|try|ask|tell|say|" +
  'find|put|add|remove|delete|revert|undo|edit|fix|change|use|create|click|open|save|select|choose|enter|' +
  'press|type|call|visit|contact|follow|set|turn|sign|log|download|install|update|fill|send|pay|order|bake|' +
  'mix|cut|serve|store|remember|note|imagine|think|consider|write|answer|reply|respond|explain|show|help|' +
  'wait|start|begin|shut|quit|learn|watch|listen|move|bring|enjoy|hurry|calm|relax|mind|beware|avoid|' +
  'prepare|provide|ensure|do|stay|sit|stand|run|play|pick|drop|post|share|copy|paste|report|ban|block|' +
  'discuss|talk|cite|prove|grow|buy|sell|eat|drink|cook|build|close|lock|print|join|cease';

/**
 * English that gives commands: a command verb where a clause starts, after a lead word, after
 * "somebody" ("somebody help me"), or with a capital inside a line (a heading run into it: "Updating
 * NBA player pages Wait for the deals"). Then the translation may give commands too.
 */
const SOURCE_COMMANDS = new RegExp(
  `(?:^|[.!?:;,()"“”–—-]\\s*|\\b(?:${ENGLISH_LEADS}|somebody|someone|everyone|everybody)\\s+)(?:${ENGLISH_COMMAND_VERBS})\\b`,
  'iu',
);
const CAPITALISED_COMMAND = new RegExp(
  `\\s(?:${ENGLISH_COMMAND_VERBS.split('|')
    .map((verb) => verb.charAt(0).toUpperCase() + verb.slice(1))
    .join('|')})\\b`,
  'u',
);

/** Punctuation that starts a sentence or clause before the word: a command stands there, not after a noun. */
const CLAUSE_START = /[.!?:;,–—(„“"«»‚'=\]-]/u;

/**
 * A command in the middle of a statement: the target has an imperative of an everyday verb after a
 * word that does not start or join a command ("… jako narzędzie do rozmów stwórz nowy …", where the
 * source said "rather … than create a new one"), and the source gives no command of its own.
 */
export const imperative = {
  scope: 'unit',
  id: 'imperative',
  name: 'Command where the source states',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  description:
    'The translation has an imperative ("stwórz", "vytvoř": create!) in the middle of a sentence — not where a sentence or clause starts, nor after "and", "then", "please" or a negation — and the source gives no command: MT read an English bare verb ("… rather than create a new one") as one. From English into Polish, Czech, Slovak, Russian and Ukrainian, whose imperatives of everyday verbs are listed.',
  // The English bare verb is what MT misreads, and only English is read here for commands of its own.
  appliesTo: (ctx) => ctx.sourceLang === 'en' && ctx.targetLang in IMPERATIVES,
  run(unit, ctx): Flag[] {
    const forms = IMPERATIVES[ctx.targetLang];
    const leads = COMMAND_LEADS[ctx.targetLang];
    const clitics = CLITICS[ctx.targetLang] ?? new Set<string>();
    if (!forms || !leads || unit.target.trim() === '') return [];
    const tokens = words(unit.target);
    const found = tokens.find((token, k) => {
      // A capital starts something (a heading run into the text: "Fox Přestaň psát…"), as a command may.
      if (!forms.has(token.text) || token.text.charAt(0) !== token.text.charAt(0).toLowerCase()) return false;
      // Look past the pronouns and particles in front ("Jen se podívejte") to the word that leads.
      let lead = k - 1;
      while (lead > 0 && clitics.has(tokens[lead]?.text.toLowerCase() ?? '')) lead--;
      const before = tokens[lead];
      if (!before || clitics.has(before.text.toLowerCase())) return false;
      if (CLAUSE_START.test(unit.target.slice(before.end, token.start))) return false;
      return !leads.has(before.text.toLowerCase());
    });
    if (!found || SOURCE_COMMANDS.test(unit.source) || CAPITALISED_COMMAND.test(unit.source)) return [];
    return [
      flagFrom(imperative, {
        side: 'target',
        span: { start: found.start, end: found.end },
        message: `“${found.text}” is a command in the middle of a statement; the source gives none`,
      }),
    ];
  },
} satisfies UnitCheck;
