/**
 * Words that say nothing about what happened: left out of a search, so "someone is ringing my dad
 * pretending to be his bank" looks for ringing, dad, pretending and bank. Apostrophes are removed
 * before words are compared, so "won't" is "wont"; contractions that spell a real word without
 * the apostrophe ("she'd" is "shed", "we'll" is "well", "I'd" is "id") are not listed, so those
 * words stay. Kept short on purpose: a word that might name a problem ("worried", "scared",
 * "help") stays in, since pages rank by how many words they match anyway. Ages ("my 14 year old")
 * go too: no page is about an age.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any anyone anything are as at be because been before
  being below between both but by can cant could couldnt did didnt do does doesnt doing dont down during each
  even ever every few for from further get gets getting go goes going got had hadnt has hasnt have havent
  having he hed hes her here hers herself him himself his how i if im in into is isnt it its itself ive just
  keep keeps know like lot lots may me might more most much must my myself need needs no nor not now of off on
  once only or other our ours ourselves out over own please quite really same shall she shes should shouldnt
  so some somebody someone something still such than that thats the their theirs them themselves then there
  theres these they theyd theyll theyre theyve thing things think this those though through to too under until
  up us very want wants was wasnt way we were werent weve what whats when where which while who whom whose why
  will with wont would wouldnt yet you youd youll your youre yours yourself yourselves youve year years old
  aged`.split(/\s+/),
);
