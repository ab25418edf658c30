// The header every lesson page shares: the Torchlet name, links to the lesson index and the
// playground, and the 中文 / English switch (remembered in localStorage).
import { button, element } from '../dom';
import { currentLang, type Lang, setLang, t } from '../i18n';

export class PageChrome {
  lang: Lang = currentLang();
  private readonly lessonsLink = element('a', 'nav-lessons');
  private readonly playgroundLink = element('a', 'nav-playground');
  private readonly switchButtons = new Map<Lang, HTMLButtonElement>();

  constructor(header: HTMLElement, private readonly onLangChange: (lang: Lang) => void) {
    const brand = element('a', 'brand', 'Torchlet');
    brand.href = 'learn.html';
    this.lessonsLink.href = 'learn.html';
    this.playgroundLink.href = './';
    const nav = element('nav');
    nav.append(this.lessonsLink, this.playgroundLink);
    const switcher = element('div', 'lang-switch');
    switcher.setAttribute('role', 'group');
    switcher.setAttribute('aria-label', '语言 / Language');
    for (const [lang, label] of [['zh', '中文'], ['en', 'English']] as const) {
      const choice = button(`lang-${lang}`, () => this.choose(lang));
      choice.textContent = label;
      choice.lang = lang;
      this.switchButtons.set(lang, choice);
      switcher.append(choice);
    }
    header.replaceChildren(brand, nav, switcher);
    this.localize();
  }

  private choose(lang: Lang): void {
    if (lang === this.lang) {
      return;
    }
    this.lang = lang;
    setLang(lang);
    // Drop a ?lang= from the URL so that a reload keeps the remembered choice.
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      history.replaceState(null, '', url);
    }
    this.localize();
    this.onLangChange(lang);
  }

  private localize(): void {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    this.lessonsLink.textContent = t('lessons', this.lang);
    this.playgroundLink.textContent = t('playground', this.lang);
    for (const [lang, choice] of this.switchButtons) {
      choice.setAttribute('aria-pressed', String(lang === this.lang));
    }
  }
}
