/* The web chat page: opens (or reopens) this device's conversation and adds "Lees voor". */
(function () {
  'use strict';
  var words = JSON.parse(document.getElementById('words').textContent);
  var status = document.getElementById('status');
  var SESSION_KEY = 'taalbot.session';

  function saved() {
    try {
      return JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
    } catch (error) {
      return null;
    }
  }

  /** A token for this device's conversation: the old one continues, a new visitor gets a new one. */
  function openSession() {
    var previous = saved();
    var params = new URLSearchParams(location.search);
    var ref = params.get('ref');
    /* A taalambassadeur links this device's chat with /?ambassador=SECRET; the saved chat stays. */
    var ambassador = params.get('ambassador');
    return fetch('/directline/tokens/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resume: previous ? previous.token : null, ref: ref, ambassador: ambassador })
    }).then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    }).then(function (session) {
      try { localStorage.setItem(SESSION_KEY, JSON.stringify(session)); } catch (error) { /* private mode: no reload memory */ }
      return session;
    });
  }

  var styleOptions = {
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    backgroundColor: '#FFFFFF',
    bubbleBackground: '#F0F0F0',
    bubbleTextColor: '#111111',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0B4F8A',
    bubbleFromUserTextColor: '#FFFFFF',
    bubbleFromUserBorderRadius: 12,
    bubbleMinHeight: 48,
    timestampColor: '#4A4A4A',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 24,
    suggestedActionBackgroundColor: '#FFFFFF',
    suggestedActionTextColor: '#0B4F8A',
    suggestedActionBorderColor: '#0B4F8A',
    suggestedActionBorderWidth: 2,
    sendBoxHeight: 56,
    sendBoxTextColor: '#111111',
    sendBoxButtonColor: '#0B4F8A',
    sendBoxPlaceholderColor: '#4A4A4A',
    hideUploadButton: true,
    botAvatarInitials: 'TB',
    avatarSize: 40
  };

  /* Read aloud: only where the browser has a Dutch voice; otherwise the button stays hidden. */
  function dutchVoice() {
    if (!window.speechSynthesis || !window.SpeechSynthesisUtterance) return null;
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i++) if (/^nl/i.test(voices[i].lang)) return voices[i];
    return null;
  }

  function markVoice() {
    document.body.classList.toggle('has-dutch-voice', !!dutchVoice());
  }

  function speak(button, text) {
    var synth = window.speechSynthesis;
    var wasSpeaking = button.getAttribute('aria-pressed') === 'true';
    synth.cancel();
    document.querySelectorAll('.read-aloud[aria-pressed="true"]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); b.textContent = words.readAloud; });
    if (wasSpeaking) return;
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'nl-NL';
    utterance.voice = dutchVoice();
    utterance.rate = 0.9;
    utterance.onend = function () { button.setAttribute('aria-pressed', 'false'); button.textContent = words.readAloud; };
    button.setAttribute('aria-pressed', 'true');
    button.textContent = words.stopReading;
    synth.speak(utterance);
  }

  function addReadAloud(root) {
    root.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').forEach(function (content) {
      if (content.parentNode.querySelector('.read-aloud')) return;
      var text = content.innerText.trim();
      if (!text) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'read-aloud';
      button.textContent = words.readAloud;
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-label', words.readAloud + ': ' + text.slice(0, 80));
      button.addEventListener('click', function () { speak(button, text); });
      content.parentNode.appendChild(button);
    });
  }

  markVoice();
  if (window.speechSynthesis && window.speechSynthesis.addEventListener) {
    window.speechSynthesis.addEventListener('voiceschanged', markVoice);
  }

  var chat = document.getElementById('chat');
  new MutationObserver(function () { addReadAloud(chat); }).observe(chat, { childList: true, subtree: true });

  openSession().then(function (session) {
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/directline',
      token: session.token,
      conversationId: session.conversationId,
      webSocket: false,
      pollingInterval: 500
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: session.userId,
      locale: 'nl-NL',
      styleOptions: styleOptions,
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: words.placeholder }
    }, chat);
    window.taalbotSession = session.conversationId;
  }).catch(function () {
    status.hidden = false;
    status.textContent = words.offline;
  });
})();
