// The query the site's search box sends to its index: Material for MkDocs 8.2.5 calls window.__search.transform
// on what the reader typed, and its search worker then appends "*" to the result.
//
// - Punctuation becomes space. The values an API sends are often messages with Lunr's query syntax in them:
//   "users must be defined: bad request" reads as a search in a field "defined"; "{field} is required." and
//   "Missing 'content' parameter" keep their braces and quotes, which the index (trimmed words) never holds.
//   A quoted phrase keeps Material's meaning (every word required), and a leading "-" still excludes a word.
// - The words are sent eight times. The appended "*" makes the last word a prefix that also matches every
//   longer, rarer word ("request" finds "requests" and REQUEST_INVALID), and a rare word outweighs the common
//   one the reader typed. Lunr adds up the weight of a repeated term, so the words as typed count eight times
//   as much as what merely starts with them: a pasted message finds the entry that sends it, while a prefix
//   still finds every word it starts.
// - A query of three words or more is a pasted message: its words are looked up in the sections' text only.
//   Material boosts a section's title a thousandfold, so "Campaign not found" listed every entry titled
//   "Campaign …" before the one whose body sends that message; in the text, where the examples and messages
//   stand, the entry that sends the message (with any arguments) ranks first. Codes and short values keep the
//   titles, which carry them.
window.__search = {
  transform(query) {
    const words = query
      .split(/"([^"]+)"/g)
      .map((part, i) => (i & 1)
        ? part.replace(/[^\p{L}\p{N}_\s-]+/gu, ' ').trim().split(/\s+/).filter(Boolean).map((w) => `+${w}`).join(' ')
        : part.replace(/(^|\s)-(?=[\p{L}\p{N}])/gu, '$1\u0000').replace(/[^\p{L}\p{N}_\s\u0000]+/gu, ' ')
          .replace(/\u0000/g, '-'))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (words === '') return '';
    const list = words.split(' ');
    // A pasted message (three words or more): matched in the sections' text, where the message stands, not
    // in their titles (boosted a thousandfold), so the entry that sends it outranks one titled with a word of it.
    if (list.length >= 3) {
      const text = list.map((w) => /^[+-]/.test(w) ? w[0] + 'text:' + w.slice(1) : 'text:' + w).join(' ');
      return Array(8).fill(text).join(' ');
    }
    return Array(8).fill(words).join(' ');
  },
};
