// Site clutter around and inside news articles: navigation, cookie banners,
// newsletter boxes, app-store links, related-article lists, image captions.
// Removed from the page before Readability looks for the article, and again
// from the blocks Readability leaves, where a "Read more" line often survives.
import { NEVER_TEXT_TAGS } from './html-parser'

// A figure's caption goes; the figure stays, since some hold a table or a quotation.
const CLUTTER_TAGS = new Set([...NEVER_TEXT_TAGS, 'nav', 'aside', 'footer', 'menu', 'figcaption'])
// Some sites (ASP.NET ones) wrap the whole page in one <form>: a form goes only when it is not the page.
CLUTTER_TAGS.delete('form')

const CLUTTER_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
])

/** Class or id words that name clutter, matched as whole words ("share-bar", not "shareholders"). */
const CLUTTER_NAMES =
  /(?:^|[\s_-])(newsletters?|subscribe|subscription|signup|sign-up|cookies?|consent|gdpr|promo|promotions?|related|recommended|recommendations|more-stories|most-read|most-popular|popular|trending|app-store|appstore|app-banner|app-promo|download-app|get-the-app|social|share|sharing|share-bar|paywall|advert|advertisement|ads?|ad-slot|ad-container|sponsored|outbrain|taboola|breadcrumbs?|skip-link|author-bio|comments?|caption|photo-credit|tags|topics)(?:$|[\s_-])/i

/** Elements that hold the article itself and must survive even when their class says "related". */
const KEEP_TAGS = new Set(['html', 'body', 'main', 'article'])

export function removeClutter(doc: Document): void {
  if (!doc.body) return
  // One walk over the elements, rather than one per tag name.
  const doomed: Element[] = []
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isClutter(child)) doomed.push(child)
      else visit(child)
    }
  }
  visit(doc.body)
  for (const element of doomed) element.remove()
}

function isClutter(element: Element): boolean {
  const tag = element.localName
  if (CLUTTER_TAGS.has(tag)) return true
  // A page header holds the logo and menus; an article's header holds its headline.
  if (tag === 'header') return element.getElementsByTagName('h1').length === 0
  if (tag === 'form') return element.getElementsByTagName('h1').length === 0 && !looksLikeProse(element)
  if (KEEP_TAGS.has(tag)) return false
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const role = element.getAttribute('role')
  if (role && CLUTTER_ROLES.has(role.toLowerCase())) return true
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  if (names.length < 3 || !CLUTTER_NAMES.test(names)) return false
  // Never drop what holds the story: some sites tag its wrapper "has-related" or "share-enabled".
  return element.getElementsByTagName('h1').length === 0 && !looksLikeProse(element)
}

const PROSE_CHARACTERS = 1500
const PROSE_MAX_LINK_SHARE = 0.25

/** Long text that is mostly not links is the article, whatever its class says. */
function looksLikeProse(element: Element): boolean {
  const length = element.textContent?.length ?? 0
  if (length < PROSE_CHARACTERS) return false
  let linkLength = 0
  for (const link of Array.from(element.getElementsByTagName('a')))
    linkLength += link.textContent?.length ?? 0
  return linkLength / length < PROSE_MAX_LINK_SHARE
}

const BOILERPLATE_LINE =
  /^(read more|read also|also read|more:|related:|related (articles?|stories|coverage|content)|recommended|you may also like|you might also like|more on this|see also|most read|trending now|advertisement|sponsored( content)?|subscribe|sign up|newsletter|get (the|our) (free )?app|download (the|our) app|follow us|share (this|on)|continue reading|listen to (this|the) article|skip (to|advert)|we use cookies|this site uses cookies|accept (all )?cookies|photo:|image:|caption:|(photo|image|picture) credit)/i

/** The same furniture on Arabic sites: "read also", "read more", "subscribe", "follow us", "download the app", "share". */
const ARABIC_BOILERPLATE_LINE =
  /^(اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|إقرأ أيضا|اشترك|تابعونا|تابعنا|حمّل تطبيق|حمل تطبيق|شارك)/

const APP_STORE = /\b(app store|google play|play store)\b/i

const MAX_BOILERPLATE_LENGTH = 200

/** A short block that is only site furniture ("Read more: …", "Get it on Google Play"). */
export function isBoilerplateBlock(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_LENGTH) return false
  return BOILERPLATE_LINE.test(text) || ARABIC_BOILERPLATE_LINE.test(text) || APP_STORE.test(text)
}
