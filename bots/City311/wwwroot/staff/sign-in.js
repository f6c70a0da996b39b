// The sign-in form and sign-out button every staff page shares (agent console, knowledge editor,
// "Try it", insights): the same element ids, the same cookie sign-in, the same messages.
import { session } from './http.js';

const $ = (id) => document.getElementById(id);

/**
 * Wires #sign-in-form (#user-name-input, #password-input, #sign-in-error) and #sign-out.
 * onSignedIn runs after a successful sign-in, onSignedOut after signing out; notice shows a failure to sign out.
 */
export function wireSignIn({ onSignedIn, onSignedOut, notice }) {
  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = $('sign-in-error');
    error.textContent = '';
    try {
      await session.signIn($('user-name-input').value.trim(), $('password-input').value);
    } catch (failure) {
      error.textContent = failure.status === 401 ? 'The user name or password is not correct.' : failure.message;
      $('password-input').select();
      return;
    }
    $('password-input').value = '';
    await onSignedIn();
  });

  $('sign-out').addEventListener('click', async () => {
    try { await session.signOut(); } catch (error) { notice?.(error.message); }
    onSignedOut();
  });
}
