// The words that suggest a tie between two actors named in one sentence, and
// how to read who is tied to whom around them:
// - 'with': the sentence's first actor before the cue, with the first after it
//   ("the ministry ... in coordination with the directorate");
// - 'verb': the actor (or list of actors) just before the cue, towards the first
//   after it ("France, Germany and Saudi Arabia pushed Damascus");
// - 'noun': every pair of actors in the sentence, except those after "against"
//   ("CENTCOM and the Interior Ministry carried out a joint operation against IS").

export type CueReading = 'with' | 'verb' | 'noun'

export interface TieCue {
  type: string
  reading: CueReading
  /** Matched case-insensitively, as whole words. */
  pattern: RegExp
}

const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu')

// Longer, more specific cues first: a "joint operations centre" is a joint body, not an operation.
export const TIE_CUES: readonly TieCue[] = [
  {
    type: 'joint body',
    reading: 'noun',
    pattern: words('joint (?:operations? )?(?:cent(?:re|er)|command|committee|cell|room)s?'),
  },
  {
    type: 'joint operation',
    reading: 'noun',
    pattern: words(
      'joint (?:military |security )?(?:operations?|raids?|patrols?|strikes?)|jointly|عمليات? مشتركة',
    ),
  },
  {
    type: 'intelligence sharing',
    reading: 'with',
    pattern: words(
      '(?:exchang(?:e|es|ed|ing)|shar(?:e|es|ed|ing)) (?:of )?(?:information|intelligence) with',
    ),
  },
  {
    type: 'intelligence sharing',
    reading: 'noun',
    pattern: words(
      '(?:exchange|sharing) of (?:information|intelligence)|intelligence[- ]sharing|تبادل المعلومات',
    ),
  },
  {
    type: 'coordination',
    reading: 'with',
    pattern: words(
      'in (?:close )?(?:coordination|cooperation|collaboration) with|(?:coordinat|cooperat)(?:ed|es|ing|e) (?:closely )?with|together with|بالتنسيق مع|بالتعاون مع',
    ),
  },
  { type: 'rivalry', reading: 'with', pattern: words('compet(?:es|ed|ing|e) with|rivals?|rivalry with') },
  {
    type: 'attack',
    reading: 'verb',
    pattern: words('attack(?:ed|s)?(?: on)?|opened fire on|ambush(?:ed)?|targeted|هجوم على|هاجم(?:ت)?'),
  },
  {
    type: 'counter-terrorism action',
    reading: 'verb',
    pattern: words(
      'raids? (?:against|on)|raided|crack(?:ed)?down on|(?:counter-?terrorism|security) (?:operations?|campaign) against|arrested',
    ),
  },
  {
    type: 'membership',
    reading: 'verb',
    pattern: words(
      'join(?:ed|s|ing)?|accession to|became (?:a |the )?(?:member|(?:\\d+(?:st|nd|rd|th) )?partner) of|انضم(?:ت)?(?: إلى)?',
    ),
  },
  {
    type: 'pressure or demand',
    reading: 'verb',
    pattern: words('push(?:ed|es)?|urg(?:ed|es|e)|press(?:ed|es|ured)|called on|demand(?:ed|s)|asked'),
  },
  {
    type: 'support or advocacy',
    reading: 'verb',
    pattern: words('back(?:ed|s)|support(?:ed|s)|advocat(?:ed|es)|endorsed'),
  },
  {
    type: 'part of',
    reading: 'verb',
    pattern: words('(?:is |was )?part of|subordinate to|under the command of|affiliate of|affiliated with'),
  },
]

/** Words after which the actors are what a joint action is against, not who took part. */
export const AGAINST = words('against|targeting|ضد')

/** Between two actors of one list: a comma, "and", or both. */
export const LIST_GLUE = /^\s*(?:,|and|&|,\s*and|و)\s*$/iu
