/* Material 9.8.2's partials/javascripts/content.html (without content.tabs.link, which the handbook does not use),
   unchanged, moved out of the page so the web server's Content-Security-Policy can forbid inline scripts. */
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
