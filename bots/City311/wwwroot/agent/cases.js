// Cases beside the open conversation: those opened in it or linked to it, a form to open one for the resident
// (service, description, location) and one to link an existing case by reference. Text is placed with textContent only.
import { api } from './api.js';
import { el } from './render.js';

const $ = (id) => document.getElementById(id);
const statusNames = { new: 'New', open: 'Open', inProgress: 'In progress', onHold: 'On hold', closed: 'Closed' };

function caseItem(found) {
  const item = el('li', 'case-item');
  item.dataset.reference = found.reference;
  item.append(el('span', 'case-item__reference', found.reference));
  item.append(el('span', 'case-item__service', ` ${found.serviceName} · ${statusNames[found.status] || found.status}`));
  item.append(el('span', 'case-item__where muted', found.location));
  return item;
}

/** Lists the cases of conversation `id`, unless another conversation was opened meanwhile. */
export async function showCases(id, currentId) {
  $('case-list').replaceChildren();
  const cases = await api.cases(id);
  if (currentId() !== id) return;
  $('case-list').replaceChildren(...cases.map(caseItem));
  $('case-empty').hidden = cases.length > 0;
}

async function loadServices() {
  const services = await fetch('/open311/v2/services.json', { headers: { Accept: 'application/json' } }).then((r) => (r.ok ? r.json() : []));
  $('case-service').replaceChildren(...services.map((service) => {
    const option = document.createElement('option');
    option.value = service.service_code;
    option.textContent = service.service_name;
    return option;
  }));
}

// A refused request names its fields: say them in one line, nothing was stored.
function problemText(error) {
  const errors = error.problem && error.problem.errors;
  return errors ? Object.values(errors).flat().join(' ') : error.message;
}

/** Wires the open and link forms; `currentId()` is the open conversation. */
export function wireCases(currentId, onError) {
  loadServices().catch(onError);
  const submit = (form, call, reset) => form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = currentId();
    if (!id) return;
    $('case-error').textContent = '';
    try {
      await call(id);
      reset();
      await showCases(id, currentId);
    } catch (error) {
      $('case-error').textContent = problemText(error);
    }
  });
  submit($('case-open'), (id) => api.openCase(id, $('case-service').value, $('case-description').value, $('case-location').value),
    () => { $('case-description').value = ''; $('case-location').value = ''; });
  submit($('case-link'), (id) => api.linkCase(id, $('case-reference').value), () => { $('case-reference').value = ''; });
}
