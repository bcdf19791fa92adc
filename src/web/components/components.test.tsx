import { describe, expect, test } from 'vitest';
import {
  Alert,
  BackLink,
  Badge,
  Breadcrumbs,
  Button,
  ButtonLink,
  Card,
  Checkbox,
  Checkboxes,
  DateInput,
  Details,
  ErrorSummary,
  Fieldset,
  Footer,
  Header,
  Icon,
  LanguageSwitcher,
  Pagination,
  Radios,
  Select,
  SideNavigation,
  SkipLink,
  StepIndicator,
  StructuredList,
  Table,
  Tabs,
  Tag,
  TaskList,
  TextArea,
  TextInput,
  fieldId,
  paginationEntries,
} from './index.js';

const html = (node: unknown): string => String(node);

/** Extract all id="..." values. */
const ids = (s: string): string[] => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('fieldId', () => {
  test('derives ids from bracketed names', () => {
    expect(fieldId('budgetLines[0][name]')).toBe('budgetLines-0-name');
    expect(fieldId('title')).toBe('title');
    expect(fieldId('period[day]')).toBe('period-day');
    expect(fieldId('tech[]')).toBe('tech');
    expect(fieldId('a.b c')).toBe('a-b-c');
    expect(fieldId('0abc')).toBe('f-0abc');
  });
});

describe('TextInput', () => {
  test('plain input with label and default id', () => {
    const s = html(<TextInput name="budgetLines[0][name]" label="Navn" />);
    expect(s).toContain('<div class="form-group">');
    expect(s).toContain('<label class="form-label" for="budgetLines-0-name">Navn</label>');
    expect(s).toContain('id="budgetLines-0-name"');
    expect(s).toContain('name="budgetLines[0][name]"');
    expect(s).toContain('type="text"');
    expect(s).not.toContain('aria-describedby');
    expect(s).not.toContain('aria-invalid');
    expect(s).not.toContain('required');
  });

  test('error + hint wiring', () => {
    const s = html(<TextInput name="email" label="E-mail" type="email" hint="Arbejdsmail" error="Ugyldig" autocomplete="email" width="l" required />);
    expect(s).toContain('class="form-group form-error"');
    expect(s).toContain('<span class="form-hint" id="email-hint">Arbejdsmail</span>');
    expect(s).toContain('<span class="form-error-message" id="email-error"><span class="sr-only">Fejl: </span>Ugyldig</span>');
    expect(s).toContain('aria-describedby="email-hint email-error"');
    expect(s).toContain('aria-invalid="true"');
    expect(s).toContain('class="form-input input-width-l"');
    expect(s).toContain('autocomplete="email"');
    expect(s).toContain('type="email"');
    expect(s).toMatch(/required=""/);
    // hint and error come before the input
    expect(s.indexOf('email-error"')).toBeLessThan(s.indexOf('<input'));
  });

  test('escapes values and text', () => {
    const s = html(<TextInput name="x" label={'<b>L</b>'} value={'"><script>alert(1)</script>'} error="<i>e</i>" />);
    expect(s).not.toContain('<script>');
    expect(s).not.toContain('<b>L</b>');
    expect(s).not.toContain('<i>e</i>');
    expect(s).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  test('optional marker, suffix and custom error prefix', () => {
    const s = html(<TextInput name="amount" label="Beløb" optional suffix="kr." inputmode="decimal" errorPrefix="Error:" error="Bad" />);
    expect(s).toContain('<span class="weight-normal"> (frivilligt)</span>');
    expect(s).toContain('class="form-input-wrapper form-input-wrapper--suffix"');
    expect(s).toContain('<div class="form-input-suffix" aria-hidden="true">kr.</div>');
    expect(s).toContain('inputmode="decimal"');
    expect(s).toContain('<span class="sr-only">Error: </span>');
  });
});

describe('TextArea', () => {
  test('rows, escaped value, character limit wiring', () => {
    const s = html(<TextArea name="description" label="Beskrivelse" rows={5} value="a</textarea><b>" hint="Kort" characterLimit={500} />);
    expect(s).toContain('class="form-group form-limit"');
    expect(s).toContain('data-maxlength="500"');
    expect(s).toContain('rows="5"');
    expect(s).toContain('aria-describedby="description-hint description-limit-message"');
    expect(s).toContain('<span id="description-limit-message" class="sr-only">Du kan indtaste op til 500 tegn</span>');
    expect(s).toContain('class="form-hint character-limit" aria-hidden="true"');
    expect(s).toContain('class="character-limit-sr-only sr-only" aria-live="polite"');
    expect(s).toContain('a&lt;/textarea&gt;&lt;b&gt;</textarea>');
    expect(s).not.toContain(' maxlength=');
  });
});

describe('Select', () => {
  test('options, selected value, error', () => {
    const s = html(
      <Select
        name="pool"
        label="Pulje"
        value="b"
        error="Vælg en pulje"
        options={[
          { value: '', label: 'Vælg' },
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B & C' },
        ]}
      />,
    );
    expect(s).toContain('<select class="form-select" name="pool" id="pool"');
    expect(s).toContain('aria-describedby="pool-error"');
    expect(s).toContain('<option value="b" selected="">B &amp; C</option>');
    expect(s).toContain('<option value="a">A</option>');
    expect(s).toContain('class="form-group form-error"');
  });
});

describe('Checkboxes and Radios', () => {
  test('Checkboxes: fieldset/legend, ids, hint, error', () => {
    const s = html(
      <Checkboxes
        name="tech[]"
        legend="Teknologier"
        hint="Vælg alle relevante"
        error="Vælg mindst én"
        items={[
          { value: 'robot', label: 'Robot', checked: true },
          { value: 'sensor', label: 'Sensor', hint: 'Fx faldsensor' },
        ]}
      />,
    );
    expect(s).toContain('<fieldset aria-describedby="tech-hint tech-error">');
    expect(s).toContain('<legend class="form-label">Teknologier</legend>');
    expect(s).toContain('<div class="form-group-checkbox"><input type="checkbox" id="tech" name="tech[]" class="form-checkbox" value="robot" checked=""/>');
    expect(s).toContain('id="tech-option2"');
    expect(s).toContain('aria-describedby="tech-option2-hint"');
    expect(s).toContain('<label class="form-label" for="tech-option2">Sensor</label>');
    // error summary link lands on the first checkbox
    const summary = html(<ErrorSummary errors={[{ field: 'tech[]', message: 'Vælg mindst én' }]} />);
    expect(summary).toContain('href="#tech"');
    expect(ids(s)).toContain('tech');
  });

  test('Radios: aria-labelledby legend and error', () => {
    const s = html(
      <Radios
        name="answer"
        legend="Svar"
        error="Vælg"
        items={[
          { value: 'ja', label: 'Ja' },
          { value: 'nej', label: 'Nej', checked: true },
        ]}
      />,
    );
    expect(s).toContain('<fieldset aria-labelledby="answer-legend" aria-describedby="answer-error">');
    expect(s).toContain('<legend class="form-label" id="answer-legend">Svar</legend>');
    expect(s).toContain('<div class="form-group-radio"><input type="radio" id="answer" name="answer" class="form-radio" value="ja"/>');
    expect(s).toContain('id="answer-option2" name="answer" class="form-radio" value="nej" checked=""');
  });

  test('single Checkbox with and without error', () => {
    const plain = html(<Checkbox name="confirm" label="Jeg bekræfter" />);
    expect(plain).toBe(
      '<div class="form-group-checkbox"><input type="checkbox" id="confirm" name="confirm" class="form-checkbox" value="true"/><label class="form-label" for="confirm">Jeg bekræfter</label></div>',
    );
    const err = html(<Checkbox name="confirm" label="Jeg bekræfter" error="Skal bekræftes" hint="h" />);
    expect(err).toContain('<div class="form-group form-error"><span class="form-error-message" id="confirm-error">');
    expect(err).toContain('aria-describedby="confirm-hint confirm-error"');
  });
});

describe('DateInput and Fieldset', () => {
  test('DateInput ids match fieldId of sub-field names', () => {
    const s = html(
      <DateInput name="period[start]" legend="Startdato" hint="Fx 1 3 2025" error="Ugyldig dato" values={{ day: '1', month: '3', year: '2025' }} />,
    );
    expect(s).toContain('aria-describedby="period-start-hint period-start-error"');
    expect(s).toContain('<div class="date-group mt-3">');
    expect(s).toContain(`id="${fieldId('period[start][day]')}"`);
    expect(s).toContain('name="period[start][month]"');
    expect(s).toContain('class="form-group form-group-year"');
    expect(s).toContain('value="2025"');
  });

  test('Fieldset wraps children', () => {
    const s = html(
      <Fieldset legend="Kontakt" id="contact" hint="Hvem" legendClass="form-label h3">
        <TextInput name="contact[name]" label="Navn" />
      </Fieldset>,
    );
    expect(s).toContain('<fieldset aria-describedby="contact-hint"><legend class="form-label h3">Kontakt</legend>');
    expect(s).toContain('id="contact-name"');
  });
});

describe('ErrorSummary', () => {
  test('renders nothing without errors', () => {
    expect(html(<ErrorSummary errors={[]} />)).toBe('');
  });

  test('links to field ids rendered by controls', () => {
    const errors = [
      { field: 'budgetLines[0][name]', message: 'Udfyld navn' },
      { field: 'email', message: 'Ugyldig <e-mail>' },
      { field: 'x', message: 'Custom', href: '#custom' },
    ];
    const s = html(<ErrorSummary errors={errors} title="Ret følgende" />);
    expect(s).toContain('class="alert alert-error"');
    expect(s).toContain('role="alert"');
    expect(s).toContain('tabindex="-1"');
    expect(s).toContain('data-module="error-summary"');
    expect(s).toContain('<h2 class="alert-heading">Ret følgende</h2>');
    expect(s).toContain('<ul class="alert-text nobullet-list">');
    expect(s).toContain('<a href="#budgetLines-0-name" class="function-link">Udfyld navn</a>');
    expect(s).toContain('Ugyldig &lt;e-mail&gt;');
    expect(s).toContain('href="#custom"');
    const form = html(
      <>
        <TextInput name="budgetLines[0][name]" label="Navn" error="Udfyld navn" />
        <TextInput name="email" label="E-mail" error="Ugyldig" />
      </>,
    );
    for (const e of errors.slice(0, 2)) expect(ids(form)).toContain(fieldId(e.field));
  });
});

describe('Alert', () => {
  test('variants, role and icon', () => {
    const info = html(
      <Alert variant="info" heading="Bemærk">
        Tekst
      </Alert>,
    );
    expect(info).toContain('<div class="alert alert-info">');
    expect(info).not.toContain('role="alert"');
    expect(info).toContain(
      '<svg class="icon-svg alert-icon" aria-label="Information" focusable="false" role="img"><use href="/static/dkfds/img/all-svg-icons.svg#info"></use></svg>',
    );
    expect(info).toContain('<p class="alert-text">Tekst</p>');
    const warn = html(
      <Alert variant="warning" headingLevel="h3" heading="Pas på" contentContainer={false}>
        <p>x</p>
      </Alert>,
    );
    expect(warn).toContain('role="alert"');
    expect(warn).toContain('<h3 class="alert-heading">Pas på</h3>');
    expect(warn).not.toContain('alert-text');
    expect(html(<Alert variant="success">ok</Alert>)).toContain('#success');
  });
});

describe('Buttons and links', () => {
  test('Button variants and type', () => {
    expect(html(<Button>Gem</Button>)).toBe('<button class="button button-primary" type="submit">Gem</button>');
    expect(
      html(
        <Button variant="secondary" type="button" name="action" value="add">
          Tilføj
        </Button>,
      ),
    ).toContain('class="button button-secondary" type="button" name="action" value="add"');
    expect(
      html(
        <Button variant="warning" srOnly="linje 2">
          Slet
        </Button>,
      ),
    ).toContain('Slet<span class="sr-only"> linje 2</span>');
    expect(
      html(
        <Button variant="tertiary" icon="plus">
          Tilføj
        </Button>,
      ),
    ).toContain('#plus');
  });
  test('ButtonLink, BackLink, SkipLink', () => {
    expect(html(<ButtonLink href="/new">Ny</ButtonLink>)).toBe('<a href="/new" class="button button-primary">Ny</a>');
    const back = html(<BackLink href="/x" />);
    expect(back).toContain('class="back-link"');
    expect(back).toContain('#chevron-left');
    expect(back).toContain('Tilbage</a></div>');
    expect(html(<SkipLink />)).toBe('<a class="skipnav" href="#main-content">Gå til sideindhold</a>');
  });
});

describe('Navigation', () => {
  test('Breadcrumbs', () => {
    const s = html(<Breadcrumbs items={[{ label: 'Forside', href: '/' }, { label: 'Puljer', href: '/puljer' }, { label: 'Pulje <1>' }]} />);
    expect(s).toContain('<nav class="breadcrumbs" aria-label="Brødkrumme"><ol class="breadcrumbs__list">');
    expect(s).toContain('<li class="breadcrumbs__list-item"><a class="breadcrumbs__link" href="/">Forside</a></li>');
    expect(s).toContain('<li class="breadcrumbs__list-item" aria-current="page">');
    expect(s).toContain('Pulje &lt;1&gt;');
    expect(s.match(/#chevron-right/g)?.length).toBe(2);
  });

  test('Tabs as links', () => {
    const s = html(
      <Tabs
        ariaLabel="Sektioner"
        items={[
          { label: 'Oversigt', href: '/a', current: true },
          { label: 'Budget', href: '/b' },
        ]}
      />,
    );
    expect(s).toContain('<nav class="tab-container" aria-label="Sektioner"><ul class="tab-list">');
    expect(s).toContain('<a href="/a" class="tab-button" aria-current="page"><span>Oversigt</span></a>');
    expect(s).toContain('<a href="/b" class="tab-button"><span>Budget</span></a>');
    expect(s).not.toContain('role="tab');
  });

  test('Pagination windows and links', () => {
    expect(paginationEntries(1, 3)).toHaveLength(3);
    expect(paginationEntries(2, 10).map((e) => (e.kind === 'page' ? e.n : '…'))).toEqual([1, 2, 3, 4, 5, '…', 10]);
    expect(paginationEntries(9, 10).map((e) => (e.kind === 'page' ? e.n : '…'))).toEqual([1, '…', 6, 7, 8, 9, 10]);
    const s = html(<Pagination currentPage={1} totalPages={3} href={(n) => `/puljer?side=${n}&q=a`} />);
    expect(s).toContain('<nav class="pagination" aria-label="Paginering">');
    expect(s).toContain('class="button button-arrow button-first hidden"');
    expect(s).toContain('<a href="/puljer?side=1&amp;q=a" class="button current-page" aria-label="Side 1" aria-current="page">1</a>');
    expect(s).toContain('<span class="pagination-mobile">Side 1 af 3</span>');
    expect(s).toContain('class="button button-arrow button-next" aria-label="Næste side"');
    expect(html(<Pagination currentPage={1} totalPages={1} href={() => '/'} />)).toBe('');
  });

  test('SideNavigation', () => {
    const s = html(
      <SideNavigation
        items={[
          { label: 'A', href: '/a', current: true },
          { label: 'B', href: '/b', information: 'info', items: [{ label: 'B1', href: '/b1' }] },
        ]}
      />,
    );
    expect(s).toContain('<nav aria-label="Sidenavigation"><ul class="sidemenu">');
    expect(s).toContain('<li class="active current"><a href="/a" class="nav-link" aria-current="page"><span>A</span></a></li>');
    expect(s).toContain('<span class="sidenav-information">info</span>');
    expect(s).toContain('<ul><li><a href="/b1" class="nav-link"><span>B1</span></a></li></ul>');
  });

  test('LanguageSwitcher', () => {
    const s = html(
      <LanguageSwitcher
        languages={[
          { name: 'Dansk', code: 'da', href: '/sprog/da', current: true },
          { name: 'English', code: 'en', href: '/sprog/en' },
        ]}
      />,
    );
    expect(s).toContain('<div class="language-switcher"><div class="container"><ul aria-label="Vælg sprog">');
    expect(s).toContain('<a href="/sprog/da" lang="da" hreflang="da" aria-current="true">');
    expect(s).toContain('<a href="/sprog/en" lang="en" hreflang="en">English</a>');
    expect(s.match(/#check/g)?.length).toBe(1);
  });
});

describe('Table and StructuredList', () => {
  test('Table numeric columns, caption, zebra, row headers', () => {
    const s = html(
      <Table
        caption="Budget"
        zebra
        columns={[
          { label: 'Post', rowHeader: true },
          { label: 'Beløb', numeric: true },
        ]}
        rows={[['Løn <x>', '1.000,00']]}
        footerRows={[['I alt', '1.000,00']]}
      />,
    );
    // The table scrolls in its own focusable region, named by its caption (reflow at 320 px).
    const m =
      /<div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="([^"]+)"><table class="table table--zebra"><caption id="([^"]+)">Budget<\/caption>/.exec(
        s,
      );
    expect(m).not.toBeNull();
    expect(m?.[1]).toBe(m?.[2]);
    expect(s).toContain('<th scope="col" class="align-text-right">Beløb</th>');
    expect(s).toContain('<th scope="row">Løn &lt;x&gt;</th><td class="align-text-right">1.000,00</td>');
    expect(s).toContain('<tfoot><tr><th scope="row">I alt</th>');
  });

  test('Table without a caption: its scroll region is named by the label; two tables never share a caption id', () => {
    const s = html(<Table label="Udbetalinger" columns={[{ label: 'År' }]} rows={[['2026']]} />);
    expect(s).toContain('<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Udbetalinger">');
    const two = html(
      <>
        <Table caption="A" columns={[{ label: 'x' }]} rows={[]} />
        <Table caption="B" columns={[{ label: 'x' }]} rows={[]} />
      </>,
    );
    const ids = [...two.matchAll(/<caption id="([^"]+)"/g)].map((x) => x[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  test('StructuredList with Ret links', () => {
    const s = html(
      <StructuredList
        rows={[
          { label: 'Navn', value: 'Projekt', href: '/edit#name' },
          { label: 'Status', value: <Badge text="Indsendt" /> },
        ]}
      />,
    );
    expect(s).toContain('<table class="table structured-list"><tbody>');
    expect(s).toContain(
      '<th scope="row">Navn</th><td>Projekt</td><td class="d-print-none"><a href="/edit#name">Ret<span class="sr-only"> Navn</span></a></td>',
    );
    expect(s).toContain('<td class="d-print-none"></td>');
    const noEdit = html(<StructuredList rows={[{ label: 'A', value: 'b' }]} />);
    expect(noEdit).not.toContain('d-print-none');
  });
});

describe('Content', () => {
  test('Badge, Tag, Details, Card, Icon', () => {
    expect(html(<Badge text="I gang" variant="info" />)).toBe('<span class="badge badge-info">I gang</span>');
    expect(html(<Badge text="Ok" variant="success" strong />)).toBe('<strong class="badge badge-success">Ok</strong>');
    expect(html(<Tag text="Aarhus" icon="close" name="remove" value="aarhus" />)).toContain('<button class="tag" type="submit" name="remove" value="aarhus">');
    const d = html(<Details summary="Hjælp">Tekst</Details>);
    expect(d).toBe('<details class="details"><summary class="details-summary">Hjælp</summary><div class="details-text">Tekst</div></details>');
    const c = html(
      <Card heading="Pulje" subheading="2025" href="/p/1">
        Beskrivelse
      </Card>,
    );
    expect(c).toContain(
      '<a class="card" href="/p/1"><div class="card-content"><span class="card-subheading">2025</span><h2 class="card-heading">Pulje</h2>Beskrivelse</div>',
    );
    expect(c).toContain('class="icon-svg card-icon"');
    expect(html(<Icon name="lock" />)).toBe(
      '<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/static/dkfds/img/all-svg-icons.svg#lock"></use></svg>',
    );
  });
});

describe('Header and Footer', () => {
  test('Header with user, POST logout and navigation', () => {
    const s = html(
      <Header
        user={{ name: 'Anne <A>', organisation: 'Aarhus Kommune' }}
        csrfToken={'tok"en'}
        logoutLabel="Log ud"
        navItems={[
          { label: 'Puljer', href: '/puljer', current: true },
          { label: 'Ansøgninger', href: '/ansoegninger' },
        ]}
      />,
    );
    expect(s).toContain('<header class="header"><div class="portal-info"><div class="portal-info-inner container">');
    expect(s).toContain('<p class="user">Anne &lt;A&gt;, Aarhus Kommune</p>');
    expect(s).toContain('<form method="post" action="/logout" class="d-print-none"><input type="hidden" name="_csrf" value="tok&quot;en"/>');
    expect(s).toContain('<button type="submit" class="function-link d-print-none log-off">');
    expect(s).toContain('Log ud</button>');
    expect(s).toContain('<div class="solution-heading"><a href="/">Velfærdsteknologipuljer</a></div>');
    expect(s).toContain(
      '<nav class="nav" aria-label="Hovedmenu"><ul class="mainmenu"><li class="active current"><a href="/puljer" class="nav-link" aria-current="page"><span>Puljer</span></a></li>',
    );
    // no-JS small screen menu
    expect(s).toContain('<div class="container d-lg-none d-print-none"><details class="details"><summary class="details-summary">Menu</summary>');
    expect(s).toContain('<nav class="navigation-menu-mobile" aria-label="Hovedmenu">');
    expect(s).not.toContain('js-menu-open');
    expect(s).not.toContain('style=');
    expect(s).not.toContain('<script');
  });

  test('Header without user has no logout', () => {
    const s = html(<Header csrfToken="t" navItems={[]} />);
    expect(s).not.toContain('log-off');
    expect(s).not.toContain('navigation-menu');
    expect(s).not.toContain('<details');
  });

  test('Footer with accessibility statement and language switcher', () => {
    const s = html(
      <Footer
        links={[{ label: 'Tilgængelighedserklæring', href: '/tilgaengelighed' }]}
        columns={[{ heading: 'Kontakt', content: <p>Mail</p>, links: [{ label: 'Support', href: '/support' }] }]}
        languageSwitcher={{ languages: [{ name: 'Dansk', code: 'da', href: '/da', current: true }] }}
      />,
    );
    expect(s).toContain('<footer><div class="footer"><div class="container"><div class="row"><div class="col-12 col-sm-12 col-md-12 footer-col">');
    expect(s).toContain('<ul class="mt-4 align-text-left unstyled-list inline-list"><li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li></ul>');
    expect(s).toContain('<div class="language-switcher">');
  });
});

describe('TaskList and StepIndicator', () => {
  test('TaskList statuses described by badges', () => {
    const s = html(
      <TaskList
        items={[
          { id: 'basis', label: 'Grundoplysninger', href: '/a/basis', status: 'completed' },
          { id: 'budget', label: 'Budget', href: '/a/budget', status: 'in-progress', hint: 'Udgifter' },
          { id: 'send', label: 'Indsend', status: 'cannot-start' },
        ]}
      />,
    );
    expect(s).toContain('<ol class="bordered-list task-list">');
    expect(s).toContain('<a href="/a/basis" aria-describedby="task-basis-status">Grundoplysninger</a>');
    expect(s).toContain('<strong class="badge badge-success task-list__status" id="task-basis-status">Udfyldt</strong>');
    expect(s).toContain('aria-describedby="task-budget-hint task-budget-status"');
    expect(s).toContain('<span class="badge badge-info task-list__status" id="task-budget-status">I gang</span>');
    expect(s).toContain('<span>Indsend</span>');
    const en = html(<TaskList statusLabels={{ 'not-started': 'Not started' }} items={[{ id: 'x', label: 'X', href: '/x', status: 'not-started' }]} />);
    expect(en).toContain('<span class="badge task-list__status" id="task-x-status">Not started</span>');
  });

  test('StepIndicator', () => {
    const s = html(
      <StepIndicator
        steps={[
          { label: 'Trin A', href: '/1', state: 'success' },
          { label: 'Trin B', href: '/2', current: true },
          { label: 'Trin C', disabled: true },
        ]}
      />,
    );
    expect(s).toContain('<ol class="step-indicator">');
    expect(s).toContain('aria-label="Trin 1 gennemført"');
    expect(s).toContain('<li class="current"><a class="step" href="/2" aria-current="step"><span class="step-number"><span>2</span></span>');
    expect(s).toContain('<li class="disabled"><div class="step">');
  });
});

describe('CSP safety', () => {
  test('no inline style or script in any component output', () => {
    const all = [
      html(<TextInput name="a" label="a" error="e" hint="h" prefix="DKK" />),
      html(<TextArea name="b" label="b" characterLimit={10} />),
      html(<ErrorSummary errors={[{ field: 'a', message: 'm' }]} />),
      html(<Header csrfToken="t" user={{ name: 'n' }} navItems={[{ label: 'x', href: '/' }]} />),
      html(<Footer links={[{ label: 'x', href: '/' }]} />),
    ].join('');
    expect(all).not.toMatch(/\sstyle=/);
    expect(all).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
