// Angular's packages are partially compiled; the JIT compiler finishes them in tests, and the
// TestBed runs on the browser testing platform (in jsdom), zoneless like the app.
import '@angular/compiler';
import { TestBed } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';

TestBed.initTestEnvironment(BrowserTestingModule, platformBrowserTesting(), { teardown: { destroyAfterEach: true } });
