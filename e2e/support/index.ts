export { expectNoAxeViolations, axeTags } from './axe.js';
export { chromiumPath, launchBrowser, login, logout, openPage, type OpenedPage } from './browser.js';
export { startServer, type TestServer } from './server.js';
export { browserSuite, clickAndWait, SCREENSHOTS, type BrowserSuite } from './suite.js';
export { kr } from '../../test/support/kr.js';
