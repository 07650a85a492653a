
/* Parkvænget: hooks/danish_search.py appends this to lunr.da.min.js at build time.
 * Material adds a wildcard to every query word ("håbet" -> "håbet*"), and lunr does not stem
 * wildcard words, so a stemmed index missed inflected queries and a plain one missed other forms. */
(function (lunr) {
  var stem = lunr.da.stemmer

  /* Index each word and its stem: "øvelserne" -> "øvelserne", "øvel". The word itself keeps
     half-typed queries working ("tilværel" still finds "tilværelse"). */
  lunr.da.stemmer = function (token) {
    var stemmed = stem(token.clone())
    return stemmed.toString() === token.toString() ? token : [token, stemmed]
  }
  lunr.Pipeline.registerFunction(lunr.da.stemmer, "stemmer-da-and-word")

  /* Stem the query word in front of the wildcard: "håbet*" -> "håb*" matches "håb", "håbet". */
  var clause = lunr.Query.prototype.clause
  lunr.Query.prototype.clause = function (spec) {
    var word = /^([^*]+)\*$/.exec(String(spec.term))
    if (word && spec.usePipeline === false)
      spec.term = stem(new lunr.Token(word[1])).toString() + "*"
    return clause.call(this, spec)
  }
})(self.lunr)
