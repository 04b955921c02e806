// Signing in and out, who the user is (GET /api/v1/me), and the purpose stated once per working session.

import * as api from './api.js';
import { state, emit } from './state.js';
import { h, $, clear, dialog, field, words } from './ui.js';

const PURPOSE_KEY = 'borderlink.purpose';

export function purpose() {
  return sessionStorage.getItem(PURPOSE_KEY) ?? '';
}

function setPurpose(value) {
  sessionStorage.setItem(PURPOSE_KEY, value);
  $('#purpose-text').textContent = value || 'not stated';
  emit('purpose', value);
}

/** Who is signed in, or null when nobody is. */
export async function whoAmI() {
  try {
    return await api.get('/api/v1/me');
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

/** Shows the sign-in form; resolves with the user once they are signed in. */
export function signIn(reason) {
  $('#workspace').hidden = true;
  const screen = $('#login-screen');
  const form = $('#login-form');
  const problem = $('#login-problem');
  clear(problem, reason ? h('p', {}, reason) : null);
  screen.hidden = false;
  $('#login-username').focus();
  return new Promise((resolve) => {
    async function submit(e) {
      e.preventDefault();
      const username = form.username.value.trim();
      const password = form.password.value;
      if (!username || !password) {
        clear(problem, h('p', {}, 'Enter your user name and password.'));
        return;
      }
      const submitButton = $('#login-submit');
      submitButton.disabled = true;
      clear(problem, h('p', { class: 'loading' }, 'Signing in…'));
      try {
        await api.login(username, password);
        const me = await whoAmI();
        if (!me) {
          clear(problem, h('p', {}, 'The user name or password was not accepted. Check them and try again.'));
          form.password.value = '';
          form.password.focus();
          return;
        }
        form.removeEventListener('submit', submit);
        form.password.value = '';
        clear(problem);
        screen.hidden = true;
        resolve(me);
      } catch (error) {
        clear(problem, h('p', {}, error.message));
      } finally {
        submitButton.disabled = false;
      }
    }
    form.addEventListener('submit', submit);
  });
}

export async function signOut() {
  await api.logout();
  sessionStorage.removeItem(PURPOSE_KEY);
  window.location.assign('/');
}

/** Asks for the purpose (case reference or justification); `required` when no query can be made without it. */
export async function askPurpose(required = false) {
  const input = h('input', {
    name: 'purpose',
    required: true,
    maxlength: 300,
    value: purpose(),
    autocomplete: 'off',
    placeholder: 'e.g. RS-MUP case KU-412/26, or Operation Drina',
  });
  const value = await dialog({
    title: 'What are you working on?',
    describedBy: 'purpose-why',
    submitLabel: 'Start working',
    content: h(
      'div',
      {},
      h(
        'p',
        { id: 'purpose-why' },
        'State the case reference or the purpose of this working session. It is recorded with every query you make, ' +
          'as the law requires, and shown to auditors. You can change it at any time.',
      ),
      field('Case reference or purpose', input),
    ),
    submit: (data) => {
      const v = String(data.get('purpose') ?? '').trim();
      if (!v) throw new Error('Please state a case reference or purpose.');
      if (/[\u0000-\u001f\u007f]/.test(v)) throw new Error('Use one line of text, without line breaks.');
      return v;
    },
  });
  if (value) setPurpose(value);
  else if (required && !purpose()) return askPurpose(true);
  return purpose();
}

export function showUser(me) {
  state.me = me;
  $('#account-name').textContent = me.username;
  $('#account-agency').textContent = me.agency;
  $('#purpose-text').textContent = purpose() || 'not stated';
}

const TOKEN_WORDS = {
  agency: (v) => `facts marked for your agency ${v}`,
  country: (v) => `facts released to your country ${v}`,
  region: (v) => `facts shared with the ${v === 'WB' ? 'Western Balkans' : v} community (TLP:GREEN)`,
  community: (v) => `facts shared with the community ${v}`,
};

/** Explains an audience token in words: what the user may see because they hold it. */
export function tokenWords(token) {
  if (token === 'public') return 'public facts (TLP:CLEAR)';
  const [kind, value] = token.split(':');
  return TOKEN_WORDS[kind] ? TOKEN_WORDS[kind](value) : token;
}

export async function showAccount() {
  const me = state.me;
  await dialog({
    title: 'Your account',
    submitLabel: 'Close',
    content: h(
      'div',
      { class: 'account' },
      h(
        'dl',
        {},
        h('dt', {}, 'User'),
        h('dd', { id: 'account-user' }, me.username),
        h('dt', {}, 'Agency'),
        h('dd', { id: 'account-agency-detail' }, `${me.agency} (${me.country})`),
        h('dt', {}, 'Roles'),
        h('dd', {}, me.roles.map((r) => words(r)).join(', ') || 'none'),
        me.ingestFor?.length ? [h('dt', {}, 'May submit reports for'), h('dd', {}, me.ingestFor.join(', '))] : null,
        h('dt', {}, 'Purpose of this session'),
        h('dd', {}, purpose() || 'not stated'),
      ),
      h('h3', {}, 'What you can see'),
      h('p', {}, 'You see a fact only if its marking names one of these audiences (your tokens):'),
      h(
        'ul',
        { id: 'account-tokens' },
        me.tokens.map((t) => h('li', {}, h('code', {}, t), ' — ', tokenWords(t))),
      ),
      h('p', {}, h('button', { type: 'button', id: 'sign-out', on: { click: signOut } }, 'Sign out')),
    ),
  });
}

export { setPurpose };
