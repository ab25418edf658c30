// learn.html: the lesson index, or one lesson with ?lesson=NN-name. Runs Python through the
// public torchlet.js API, which the page loads by its own script tag like any embedding page.
import 'katex/dist/katex.min.css';
import { element } from '../dom';
import { t } from '../i18n';
import { renderIndexPage } from './index-page';
import { LessonPage } from './lesson-page';
import { PageChrome } from './page-chrome';

const root = document.getElementById('page') as HTMLElement;
const header = document.getElementById('site-header') as HTMLElement;
const fileKey = new URLSearchParams(location.search).get('lesson');
let lessonPage: LessonPage | null = null;

function showFailure(error: unknown): void {
  root.replaceChildren(element('p', 'page-error', t('loadFailed', chrome.lang) + String(error)));
}

async function show(): Promise<void> {
  if (fileKey === null) {
    await renderIndexPage(root, chrome.lang);
  } else if (lessonPage === null) {
    lessonPage = await LessonPage.open(root, fileKey, chrome.lang);
  } else {
    await lessonPage.setLang(chrome.lang);
  }
  root.dataset.ready = 'true';
}

const chrome = new PageChrome(header, () => {
  delete root.dataset.ready;
  show().catch(showFailure);
});
root.textContent = t('loading', chrome.lang);
show().catch(showFailure);
if (fileKey !== null) {
  // Start loading the runtime while the learner reads.
  void window.torchlet.ready();
}
