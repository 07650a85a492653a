// The handbook's own checks in the web editor, before a change is saved: where the build would stop on
// it, the editor refuses to save and says why in Danish (Decap CMS shows the message; nothing is written).
/* global CMS */
"use strict";

// The glossary: one word (or inflected form) can have only one explanation (handbook/data.py: terms).
function checkGlossary(terms) {
  const seen = new Map();
  terms.forEach(function (item, index) {
    const forms = item.get("forms") ? item.get("forms").toJS() : [];
    [item.get("term"), ...forms].forEach(function (word) {
      if (!word) return;
      if (seen.has(word)) {
        throw new Error(
          "Ordet »" + word + "« står to gange i ordlisten (punkt " + (seen.get(word) + 1) + " og punkt " + (index + 1) +
          "). Et ord kan kun have én forklaring: slet det ene, eller saml forklaringerne i ét punkt."
        );
      }
      seen.set(word, index);
    });
  });
}

CMS.registerEventListener({
  name: "preSave",
  handler: function ({ entry }) {
    const data = entry.get("data");
    if (data.get("terms")) checkGlossary(data.get("terms"));
    return data;
  },
});
