// The portal's words in English and Spanish; elements with data-i18n take theirs as text, never as HTML.
(function () {
  'use strict';
  const words = {
    en: {
      title: 'My 311', language: 'Language', signOut: 'Sign out', signInTitle: 'Sign in to My 311',
      addressLabel: 'Your email or mobile number', sendCode: 'Send me a code', codeLabel: 'The 6-digit code', signIn: 'Sign in',
      otherAddress: 'Use another address', requestsTitle: 'My service requests', requestsEmpty: 'You have no service requests.',
      conversationsTitle: 'My conversations', conversationsEmpty: 'You have no conversations.', profileTitle: 'My details',
      givenName: 'Given name', familyName: 'Family name', phones: 'Phone numbers (one per line)', emails: 'Emails (one per line)',
      profileLanguage: 'Language for messages from the city', preferredChannel: 'How the city sends you news about your requests',
      save: 'Save', saved: 'Saved.', consentsTitle: 'What the city may send me', welcome: 'Welcome, {name}', welcomeAnon: 'Welcome',
      showConversation: 'Show', you: 'You', city: 'City', optIn: 'Allow', optOut: 'Stop', allowed: 'Allowed', stopped: 'Stopped',
      subscriptionsTitle: 'Alerts I follow', subscriptionsEmpty: 'The city offers no alerts to follow yet.', follow: 'Follow', unfollow: 'Unfollow',
      addAddress: 'Add a phone or email', sendConfirmCode: 'Send a code to it', unconfirmed: 'Unconfirmed: type the code we sent to it',
      confirmCode: 'Code', confirm: 'Confirm', remove: 'Remove', codeSentTo: 'A code is on its way to {address}.', confirmed: 'Confirmed and added to your details.',
      following: 'Following', notFollowing: 'Not following', notChosen: 'Not chosen', noChannel: 'No preference', failed: 'Something went wrong. Please try again.',
      status: { open: 'open', 'in progress': 'in progress', 'on hold': 'on hold', closed: 'closed' },
      steps: { reported: 'Reported', status: 'Status changed', accept: 'Accepted', start: 'Work started', hold: 'On hold', resume: 'Work resumed', close: 'Closed', reopen: 'Reopened' },
      channels: { sms: 'Text message', voice: 'Phone call', whatsapp: 'WhatsApp', email: 'Email', webchat: 'Web chat', messenger: 'Messenger', telegram: 'Telegram', post: 'Post', open311: 'App' },
    },
    es: {
      title: 'Mi 311', language: 'Idioma', signOut: 'Salir', signInTitle: 'Entrar en Mi 311',
      addressLabel: 'Su correo electrónico o número de móvil', sendCode: 'Enviarme un código', codeLabel: 'El código de 6 dígitos', signIn: 'Entrar',
      otherAddress: 'Usar otra dirección', requestsTitle: 'Mis solicitudes de servicio', requestsEmpty: 'No tiene solicitudes de servicio.',
      conversationsTitle: 'Mis conversaciones', conversationsEmpty: 'No tiene conversaciones.', profileTitle: 'Mis datos',
      givenName: 'Nombre', familyName: 'Apellido', phones: 'Teléfonos (uno por línea)', emails: 'Correos electrónicos (uno por línea)',
      profileLanguage: 'Idioma de los mensajes de la ciudad', preferredChannel: 'Cómo le envía la ciudad noticias de sus solicitudes',
      save: 'Guardar', saved: 'Guardado.', consentsTitle: 'Qué me puede enviar la ciudad', welcome: 'Bienvenido/a, {name}', welcomeAnon: 'Bienvenido/a',
      showConversation: 'Ver', you: 'Usted', city: 'Ciudad', optIn: 'Permitir', optOut: 'Detener', allowed: 'Permitido', stopped: 'Detenido',
      subscriptionsTitle: 'Avisos que sigo', subscriptionsEmpty: 'La ciudad todavía no ofrece avisos para seguir.', follow: 'Seguir', unfollow: 'Dejar de seguir',
      addAddress: 'Añadir un teléfono o correo', sendConfirmCode: 'Enviarle un código', unconfirmed: 'Sin confirmar: escriba el código que le enviamos',
      confirmCode: 'Código', confirm: 'Confirmar', remove: 'Quitar', codeSentTo: 'Le enviamos un código a {address}.', confirmed: 'Confirmado y añadido a sus datos.',
      following: 'Siguiendo', notFollowing: 'Sin seguir', notChosen: 'Sin elegir', noChannel: 'Sin preferencia', failed: 'Algo salió mal. Inténtelo de nuevo.',
      status: { open: 'abierta', 'in progress': 'en curso', 'on hold': 'en espera', closed: 'cerrada' },
      steps: { reported: 'Reportada', status: 'Cambio de estado', accept: 'Aceptada', start: 'Trabajo iniciado', hold: 'En espera', resume: 'Trabajo reanudado', close: 'Cerrada', reopen: 'Reabierta' },
      channels: { sms: 'Mensaje de texto', voice: 'Llamada', whatsapp: 'WhatsApp', email: 'Correo electrónico', webchat: 'Chat web', messenger: 'Messenger', telegram: 'Telegram', post: 'Correo postal', open311: 'Aplicación' },
    },
  };

  const stored = window.localStorage.getItem('my.lang');
  let lang = stored === 'es' || stored === 'en' ? stored : (navigator.language || '').toLowerCase().startsWith('es') ? 'es' : 'en';

  function t(key) {
    const path = key.split('.');
    let value = words[lang];
    for (const part of path) value = value ? value[part] : undefined;
    return typeof value === 'string' ? value : key.split('.').pop();
  }

  function apply() {
    document.documentElement.lang = lang;
    for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  }

  function setLanguage(value) {
    lang = value === 'es' ? 'es' : 'en';
    window.localStorage.setItem('my.lang', lang);
    apply();
  }

  window.MyI18n = { t, apply, setLanguage, get language() { return lang; } };
})();
