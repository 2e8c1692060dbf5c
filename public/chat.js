/* The web chat page: opens (or reopens) this device's conversation and adds "Lees voor". */
(function () {
  'use strict';
  var words = JSON.parse(document.getElementById('words').textContent);
  var status = document.getElementById('status');
  var hint = document.getElementById('hint');
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
    botAvatarImage: '/static/avatar.svg',
    /* Web Chat shows an avatar only when it also has initials; the picture covers them. */
    botAvatarInitials: 'T',
    avatarSize: 40,
    showAvatarInGroup: 'sender'
  };

  /* Read aloud: only where the browser has a Dutch voice; otherwise the button stays hidden. */
  function dutchVoice() {
    if (!window.speechSynthesis || !window.SpeechSynthesisUtterance) return null;
    var voices = window.speechSynthesis.getVoices() || [];
    for (var i = 0; i < voices.length; i++) if (/^nl/i.test(voices[i].lang)) return voices[i];
    return null;
  }

  function markVoice() {
    document.body.classList.toggle('has-dutch-voice', !!dutchVoice());
  }

  function idle(button) {
    button.setAttribute('aria-pressed', 'false');
    button.textContent = words.readAloud;
  }

  /* One message speaks at a time: a tap stops whatever speaks now; a tap on the speaking one only stops it. */
  function speak(button, text) {
    var synth = window.speechSynthesis;
    var wasSpeaking = button.getAttribute('aria-pressed') === 'true';
    synth.cancel();
    document.querySelectorAll('.read-aloud[aria-pressed="true"]').forEach(idle);
    if (wasSpeaking) return;
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'nl-NL';
    utterance.voice = dutchVoice();
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = function () { if (button.speaking === utterance) { button.speaking = null; idle(button); } };
    button.speaking = utterance;
    button.setAttribute('aria-pressed', 'true');
    button.textContent = words.stopReading;
    synth.speak(utterance);
  }

  /* The button goes under the bubble, on its own line, so the message keeps its full width. */
  function addReadAloud(root) {
    root.querySelectorAll('.webchat__stacked-layout__message-row').forEach(function (row) {
      var bubble = row.querySelector('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
      if (!bubble || (row.nextElementSibling && row.nextElementSibling.classList.contains('read-aloud-row'))) return;
      var text = bubble.innerText.trim();
      if (!text) return;
      var line = document.createElement('div');
      line.className = 'read-aloud-row';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'read-aloud';
      idle(button);
      button.setAttribute('aria-label', words.readAloud + ': ' + text.slice(0, 80));
      button.addEventListener('click', function () { speak(button, text); });
      line.appendChild(button);
      row.parentNode.insertBefore(line, row.nextSibling);
    });
  }

  /* Web Chat names some parts in English for screen readers ("message"); say it in Dutch. */
  function dutchRoles(root) {
    root.querySelectorAll('[aria-roledescription="message"]').forEach(function (el) { el.setAttribute('aria-roledescription', words.message); });
    root.querySelectorAll('[aria-roledescription="attachment"]').forEach(function (el) { el.setAttribute('aria-roledescription', words.attachment); });
  }

  /* The header says what to do with the question on screen now: tap a button, or type. */
  function followQuestion(activity) {
    if (activity.type !== 'message' || !activity.from || activity.from.role === 'user') return;
    var actions = ((activity.suggestedActions || {}).actions || []).filter(function (action) {
      return words.navButtons.indexOf(action.title || action.value) < 0;
    });
    var text = activity.text || '';
    hint.textContent = actions.length > 0 ? words.hintButtons : text.indexOf(words.nameQuestion) >= 0 ? words.hintName : words.hintType;
  }

  /* What a worker typed is shown as they typed it: never read as markdown or HTML. */
  function asTyped(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role !== 'user') return activity;
    return Object.assign({}, activity, { textFormat: 'plain' });
  }

  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload) {
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: asTyped(action.payload.activity) }) });
        } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload) {
          followQuestion(action.payload.activity);
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: asTyped(action.payload.activity) }) });
        }
        return next(action);
      };
    };
  });

  /* No timestamps: "Zojuist" under each message is clutter, and a date would be read aloud too. */
  var activityStatusMiddleware = function () {
    return function (next) {
      return function (args) {
        return next(Object.assign({}, args, { hideTimestamp: true }));
      };
    };
  };

  markVoice();
  if (window.speechSynthesis && window.speechSynthesis.addEventListener) {
    window.speechSynthesis.addEventListener('voiceschanged', markVoice);
  }

  var chat = document.getElementById('chat');
  new MutationObserver(function () {
    addReadAloud(chat);
    dutchRoles(chat);
  }).observe(chat, { childList: true, subtree: true });

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
      store: store,
      userID: session.userId,
      locale: 'nl-NL',
      styleOptions: styleOptions,
      activityStatusMiddleware: activityStatusMiddleware,
      overrideLocalizedStrings: words.strings
    }, chat);
    window.taalbotSession = session.conversationId;
  }).catch(function () {
    status.hidden = false;
    status.textContent = words.offline;
  });
})();
