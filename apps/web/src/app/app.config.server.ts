import { HttpBackend } from '@angular/common/http';
import { ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { InProcessApiBackend } from './server/in-process-api.backend';

/** The app as the API's server renderer runs it: the browser's config, API calls answered in process. */
const serverConfig: ApplicationConfig = {
  providers: [provideServerRendering(withRoutes(serverRoutes)), { provide: HttpBackend, useClass: InProcessApiBackend }],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
