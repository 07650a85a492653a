/*! iframe-worker 1.0.4's inline script as a file (MIT, Copyright (c) 2020-2022 Martin Donath; see
 * iframe-worker-1.0.4-shim.js): it runs first in the iframe that stands in for the search worker on
 * file://, and gives the worker's script the globals a worker has, in the iframe's own realm.
 */
"use strict";
(() => {
  const worker = document.currentScript.dataset.worker
  // Gone again, as the inline script leaves no element: Material's worker takes the first script[src] for its own address.
  document.currentScript.remove()
  window.postMessage = (data, origin) => parent.postMessage(data, origin || "*")
  window.importScripts = (...urls) => urls.reduce((done, url) => done.then(() => new Promise(loaded => {
    const script = document.createElement("script")
    script.src = url
    script.onload = loaded
    document.body.appendChild(script)
  })), Promise.resolve())
  addEventListener("error", ({ error }) => {
    parent.dispatchEvent(new ErrorEvent("error", { filename: worker, error }))
  })
})()
