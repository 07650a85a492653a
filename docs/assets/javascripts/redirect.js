// A moved page (links.yml, redirects): go to its new address and keep the #section the link named.
// A file of its own, not inline, so a Content-Security-Policy of script-src 'self' allows it.
location.replace(document.currentScript.dataset.target + location.hash);
