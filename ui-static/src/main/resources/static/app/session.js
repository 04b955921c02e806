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

const SIGN_IN_WINDOW = 'borderlink-sign-in';
/** Set on a workspace while its sign-in window is open. */
const AWAITING = 'borderlinkAwaitingSignIn';

/** What went wrong at the identity provider, by the reason the server sends back as `?signin=`. */
const PROVIDER_OUTCOMES = {
  cancelled: 'The sign-in at your agency’s identity provider was cancelled.',
  refused:
    'Your agency account was recognised, but it does not name a Borderlink agency and role. ' +
    'Ask your administrator to give your account access to Borderlink.',
  unavailable: 'Your agency’s identity provider cannot be reached just now. Try again in a minute, or tell your administrator.',
  failed: 'The sign-in through your agency’s identity provider did not succeed. Please try again.',
};

/** The outcome of a sign-in through the provider (`?signin=`), taken out of the address so a reload shows it no more. */
function providerOutcome() {
  const url = new URL(window.location.href);
  const outcome = url.searchParams.get('signin');
  if (outcome === null) return null;
  url.searchParams.delete('signin');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  return outcome;
}

/**
 * In the small window a workspace opened to sign in again (its session had ended): tells that workspace how the
 * sign-in went and closes. Returns true when this page is such a window and should start nothing else.
 */
export function reportToOpener() {
  let waiting = false;
  try {
    // readable only when the opener is a workspace of this origin; the window's name does not survive the trip
    // through the provider's site, the opener does
    waiting = window.opener?.[AWAITING] === true;
  } catch {
    waiting = false;
  }
  if (!waiting) return false;
  window.opener.postMessage({ type: SIGN_IN_WINDOW, outcome: providerOutcome() ?? 'ok' }, window.location.origin);
  window.close();
  return true;
}

let methods = null;

/** How one can sign in here: local accounts (`password`), an identity provider (`provider`), or both. */
async function signInMethods() {
  if (!methods) {
    try {
      methods = await api.get('/api/v1/auth/methods');
    } catch {
      methods = { password: true, provider: null };
    }
  }
  return methods;
}

/**
 * Signs in through the provider in a small window, so the workspace behind it (chart, open views) stays as it was.
 * Resolves with the outcome; null when the browser blocked the window.
 */
function providerWindow(url) {
  window[AWAITING] = true;
  const opened = window.open(url, SIGN_IN_WINDOW, 'popup,width=560,height=720');
  if (!opened) {
    window[AWAITING] = false;
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    function answer(e) {
      if (e.origin !== window.location.origin || e.data?.type !== SIGN_IN_WINDOW) return;
      window.removeEventListener('message', answer);
      window[AWAITING] = false;
      resolve(String(e.data.outcome));
    }
    window.addEventListener('message', answer);
  });
}

/**
 * Shows the sign-in screen with the ways this server offers; resolves with the user once they are signed in. With a
 * `reason` the session ended under an open workspace: the provider's sign-in then runs in a small window, and the
 * workspace is kept.
 */
export async function signIn(reason) {
  $('#workspace').hidden = true;
  const screen = $('#login-screen');
  const form = $('#login-form');
  const problem = $('#login-problem');
  const { password, provider } = await signInMethods();
  const outcome = providerOutcome();
  const says = outcome && outcome !== 'ok' ? PROVIDER_OUTCOMES[outcome] ?? PROVIDER_OUTCOMES.failed : reason;
  clear(problem, says ? h('p', {}, says) : null);
  $('#login-password-block').hidden = !password;
  $('#login-provider-block').hidden = !provider;
  $('#login-or').hidden = !(provider && password);
  const providerLink = $('#login-provider');
  if (provider) {
    providerLink.href = provider.url;
    providerLink.textContent = provider.label;
  }
  screen.hidden = false;
  (password ? $('#login-username') : providerLink).focus();
  return new Promise((resolve) => {
    function done(me) {
      form.removeEventListener('submit', submit);
      providerLink.removeEventListener('click', viaWindow);
      form.password.value = '';
      clear(problem);
      screen.hidden = true;
      resolve(me);
    }
    async function submit(e) {
      e.preventDefault();
      const username = form.username.value.trim();
      const secret = form.password.value;
      if (!username || !secret) {
        clear(problem, h('p', {}, 'Enter your user name and password.'));
        return;
      }
      const submitButton = $('#login-submit');
      submitButton.disabled = true;
      clear(problem, h('p', { class: 'loading' }, 'Signing in…'));
      try {
        await api.login(username, secret);
        const me = await whoAmI();
        if (!me) {
          clear(problem, h('p', {}, 'The user name or password was not accepted. Check them and try again.'));
          form.password.value = '';
          form.password.focus();
          return;
        }
        done(me);
      } catch (error) {
        clear(problem, h('p', {}, error.message));
      } finally {
        submitButton.disabled = false;
      }
    }
    async function viaWindow(e) {
      // on the first sign-in the whole page goes to the provider and comes back; nothing is open to keep
      if (!reason) return;
      e.preventDefault();
      clear(problem, h('p', { class: 'loading' }, 'Signing in through your agency’s identity provider…'));
      const result = await providerWindow(provider.url);
      if (result === null) {
        // the browser blocked the window: go the whole way round instead
        window.location.assign(provider.url);
        return;
      }
      const me = result === 'ok' ? await whoAmI() : null;
      if (me) done(me);
      else clear(problem, h('p', {}, PROVIDER_OUTCOMES[result] ?? PROVIDER_OUTCOMES.failed));
    }
    form.addEventListener('submit', submit);
    providerLink.addEventListener('click', viaWindow);
  });
}

export async function signOut() {
  const next = await api.logout();
  sessionStorage.removeItem(PURPOSE_KEY);
  window.location.assign(next);
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
