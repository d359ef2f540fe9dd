import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// A page rendered on the server is on screen and readable before this runs; the API's loader
// starts it when the visitor first acts on the page (docs/architecture.md, "Server-side
// rendering"). Evaluating the bundle and starting the app are two long pieces of work on a cheap
// phone: a yield between them lets the browser answer input in between.
setTimeout(() => {
  bootstrapApplication(App, appConfig)
    .then((app) => app.whenStable())
    .then(() => {
      // The page is hydrated (or rendered): the browser tests wait for `<html data-app="ready">`,
      // and the loader repeats a tap on a button made before the app ran.
      document.documentElement.setAttribute('data-app', 'ready');
      document.dispatchEvent(new Event('wk:ready'));
    })
    .catch((error: unknown) => console.error(error));
});
