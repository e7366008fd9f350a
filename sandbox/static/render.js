// Rendering of chat messages: bubbles, inline buttons, media, safe text. No dependencies.
"use strict";

const Render = (() => {
  const ALLOWED = new Set(["B", "STRONG", "I", "EM", "U", "INS", "S", "STRIKE", "DEL",
    "CODE", "PRE", "BLOCKQUOTE", "SPAN", "TG-SPOILER", "A"]);
  const URL_RE = /https?:\/\/[^\s<>"']+/g;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  // Text with links: t.me start links open a new phone that presses Start.
  function linkified(text, botUsername) {
    const out = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(URL_RE)) {
      out.append(text.slice(last, match.index));
      const url = match[0];
      const start = new RegExp(`^https://t\\.me/${botUsername}\\?start=([A-Za-z0-9_-]+)$`)
        .exec(url);
      if (start) {
        out.append(el("a", { href: "#", class: "start-link", "data-start": start[1],
          title: "open as a new person (a new phone presses Start)", text: url }));
      } else {
        out.append(el("span", { class: "url", text: url }));
      }
      last = match.index + url.length;
    }
    out.append(text.slice(last));
    return out;
  }

  // Telegram's HTML subset, rebuilt node by node from an inert document (nothing runs).
  function sanitized(html, botUsername) {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    const copy = (source, target) => {
      for (const node of source.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          target.append(linkified(node.textContent, botUsername));
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const tag = node.tagName;
          const inner = ALLOWED.has(tag) && tag !== "A" ? document.createElement(tag) : el("span");
          copy(node, inner);
          target.append(inner);
        }
      }
    };
    const out = document.createDocumentFragment();
    copy(doc.body, out);
    return out;
  }

  function media(message) {
    const info = message.media || {};
    if (!info.file_id) return null;
    const src = `media/${encodeURIComponent(info.file_id)}`;
    if (info.kind === "photo" || info.kind === "sticker") {
      return el("img", { class: "photo", src, alt: info.kind });
    }
    if (info.kind === "voice" || info.kind === "audio") {
      return el("div", { class: "voice" }, el("span", { text: "🎤 " }),
        el("audio", { controls: true, preload: "none", src }));
    }
    if (info.kind === "document") {  // e.g. the factsheet's PDF: saved when clicked
      return el("a", { class: "file", href: src, download: info.name || "document",
        text: `📄 ${info.name || info.kind}` });
    }
    return el("div", { class: "file", text: `📄 ${info.kind}` });
  }

  function location(message) {
    const spot = message.location;
    if (!spot) return null;
    return el("div", { class: "location",
      text: `📍 ${spot.latitude.toFixed(5)}, ${spot.longitude.toFixed(5)}` });
  }

  function contact(message) {
    const card = message.contact;
    if (!card) return null;
    return el("div", { class: "contact", dir: "auto",
      text: `👤 ${card.first_name} · ${card.phone_number}` });
  }

  function time(iso, timeZone) {
    if (!iso) return "";
    const options = { weekday: "short", day: "numeric", month: "short",
      hour: "2-digit", minute: "2-digit", timeZone };
    try {
      return new Intl.DateTimeFormat("en-GB", options).format(new Date(iso));
    } catch (error) {
      return new Date(iso).toISOString().slice(0, 16).replace("T", " ");
    }
  }

  function buttons(message, onTap) {
    if (!message.buttons.length) return null;
    const box = el("div", { class: "buttons" });
    for (const row of message.buttons) {
      const line = el("div", { class: "button-row" });
      for (const button of row) {
        if (button.url) {
          line.append(el("span", { class: "inline-button url-button", dir: "auto",
            title: button.url, text: `${button.text} ↗` }));
        } else {
          line.append(el("button", { type: "button", class: "inline-button", dir: "auto",
            disabled: !button.tappable, text: button.text,
            onclick: () => onTap(message, button.text) }));
        }
      }
      box.append(line);
    }
    return box;
  }

  // One bubble. `view`: {mine, showSender, timeZone, botUsername, onTap, onReply}.
  function bubble(message, view) {
    const side = message.from_bot ? "bot" : view.mine ? "me" : "other";
    const body = el("div", { class: "body", dir: "auto" });
    if (message.html) body.append(sanitized(message.html, view.botUsername));
    else if (message.text) body.append(linkified(message.text, view.botUsername));
    const meta = el("div", { class: "meta" },
      message.forwarded ? el("span", { text: "forwarded · " }) : null,
      el("time", { datetime: message.time || "", text: time(message.time, view.timeZone) }),
      message.edited ? el("span", { class: "edited", text: " · edited" }) : null,
      el("button", { type: "button", class: "reply-button", title: "reply to this message",
        text: "↩", onclick: () => view.onReply(message) }));
    return el("div", { class: `msg ${side} kind-${message.kind}`,
      "data-id": String(message.message_id) },
      view.showSender && !message.from_bot ? el("div", { class: "sender", text: message.sender })
        : null,
      message.reply_to ? el("div", { class: "reply-ref", text: `↪ reply to #${message.reply_to}` })
        : null,
      media(message), location(message), contact(message),
      message.text || message.html ? body : null,
      meta, buttons(message, view.onTap));
  }

  return { bubble, el, time };
})();
