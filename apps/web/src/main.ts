import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// The page is already on screen when it was rendered on the server. Evaluating the bundle and
// starting the app are two long pieces of work on a cheap phone: a yield between them lets the
// browser paint and answer input in between, instead of one long freeze (docs/architecture.md,
// "Server-side rendering").
setTimeout(() => {
  bootstrapApplication(App, appConfig)
    // Once the first page is hydrated (or rendered), `<html data-app="ready">`: the browser tests wait for it.
    .then((app) => app.whenStable())
    .then(() => document.documentElement.setAttribute('data-app', 'ready'))
    .catch((error: unknown) => console.error(error));
});
