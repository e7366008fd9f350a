// The sandbox page: phones side by side, the team chat, the clock; live over server-sent events.
"use strict";

(() => {
  const { el } = Render;
  const ORG_ZONE = "Europe/Amsterdam";
  const STAFF = new Set(["admin", "casemanager", "fieldworker"]);
  // Places to share from a 📍 keyboard button (a phone would use its GPS).
  const PLACES = [["Utrecht Centraal", 52.0894, 5.1101], ["Utrecht, Griftpark", 52.0985, 5.129],
    ["Amsterdam Centraal", 52.3791, 4.9003], ["Casablanca", 33.5731, -7.5898]];
  const app = { people: [], team: null, botUsername: "", phones: [], skew: 0 };

  async function call(path, fields) {
    let options = {};
    if (fields) {
      const body = new FormData();
      for (const [key, value] of Object.entries(fields)) {
        if (value !== null && value !== undefined) body.append(key, value);
      }
      options = { method: "POST", body, headers: { "X-Sandbox": "1" } };
    }
    const response = await fetch(path, options);
    if (!response.ok) throw new Error(await response.text());
    return response.json();
  }

  function label(person) {
    return `${person.name} · ${person.role}`;
  }

  function place(person) {
    const city = (person.timezone || "").split("/").pop().replace(/_/g, " ");
    return [person.language, city].filter(Boolean).join(" · ");
  }

  class Phone {
    constructor(kind, userId) {
      this.kind = kind;  // "private" or "team"
      this.userId = userId;
      this.replyTo = null;
      this.loading = this.pending = null;
      this.build();
    }

    get chatId() { return this.kind === "team" ? app.team.chat_id : this.userId; }
    get person() { return app.people.find((p) => p.user_id === this.actor()); }
    actor() { return this.kind === "team" ? Number(this.who.value) : this.userId; }

    build() {
      this.who = el("select", { class: "who", title: this.kind === "team" ? "act as" : "who",
        onchange: () => this.choose(this.who.value) });
      this.role = el("span", { class: "role" });
      const title = this.kind === "team"
        ? el("span", { class: "team-title", title: app.team.title, text: "👥 team chat · as" })
        : null;
      const close = el("button", { type: "button", class: "close", title: "close this phone",
        text: "×", onclick: () => this.close() });
      this.messages = el("div", { class: "messages" });
      this.toastBox = el("div", { class: "toast", hidden: true });
      this.replyBar = el("div", { class: "reply-bar", hidden: true });
      this.keyboard = el("div", { class: "keyboard" });
      this.sharePanel = el("div", { class: "share-panel", hidden: true });
      this.commandList = el("div", { class: "command-list", hidden: true });
      this.attachMenu = this.kind === "team" ? null : this.buildAttachMenu();
      this.input = el("input", { class: "text", dir: "auto", placeholder: "Message",
        autocomplete: "off", "aria-label": "message" });
      const composer = el("form", { class: "composer", onsubmit: (event) => {
        event.preventDefault();
        this.sendText(this.input.value);
      } },
      el("button", { type: "button", class: "commands-button", title: "commands", text: "/",
        onclick: () => this.toggleCommands() }),
      this.attachMenu ? el("button", { type: "button", class: "attach-button",
        title: "photo, voice, location", text: "📎",
        onclick: () => { this.attachMenu.hidden = !this.attachMenu.hidden; } }) : null,
      this.input,
      el("button", { type: "submit", class: "send", title: "send", text: "➤" }));
      this.node = el("section", { class: `phone ${this.kind}` },
        el("div", { class: "phone-head" }, title, this.who, this.role, close),
        this.messages, this.toastBox, this.replyBar, this.commandList, this.attachMenu,
        this.sharePanel, this.keyboard, composer);
      this.refreshPeople();
    }

    buildAttachMenu() {
      const photo = el("input", { type: "file", accept: "image/*", class: "photo-input",
        onchange: () => this.sendFile("photo", photo) });
      const voice = el("input", { type: "file", accept: "audio/*", class: "voice-input",
        onchange: () => this.sendFile("voice", voice) });
      const latitude = el("input", { class: "latitude", value: "52.08940", size: 9,
        "aria-label": "latitude" });
      const longitude = el("input", { class: "longitude", value: "5.11010", size: 9,
        "aria-label": "longitude" });
      this.recordButton = el("button", { type: "button", class: "record", text: "⏺ record voice",
        onclick: () => this.toggleRecording() });
      return el("div", { class: "attach-menu", hidden: true },
        el("label", {}, "📷 photo ", photo),
        el("label", {}, "🎤 voice file ", voice),
        this.recordButton,
        el("div", { class: "location-form" }, "📍 ", latitude, longitude,
          el("button", { type: "button", class: "send-location", text: "send location",
            onclick: () => {
              this.attachMenu.hidden = true;
              this.act("location", { latitude: latitude.value, longitude: longitude.value });
            } })));
    }

    refreshPeople() {
      const chosen = this.kind === "team" ? this.who.value : String(this.userId);
      const candidates = app.people.filter((p) => this.kind !== "team" || STAFF.has(p.role));
      const options = candidates.map((p) => [String(p.user_id), label(p)]);
      if (this.kind === "private") options.push(["new", "➕ a new unknown person"]);
      const signature = JSON.stringify(options);
      if (signature !== this.optionsSignature) {  // rebuilding would close an open list
        this.optionsSignature = signature;
        this.who.replaceChildren(...options.map(([value, text]) => el("option", { value, text })));
      }
      if (candidates.some((p) => String(p.user_id) === chosen)) this.who.value = chosen;
      const person = this.person;
      this.role.textContent = this.kind === "team" ? "" : person ? place(person) : "";
      this.node.dataset.chat = String(this.chatId);
      this.node.dataset.user = String(this.actor());
    }

    async choose(value) {
      if (this.kind === "team") { this.refreshPeople(); return; }
      if (value === "new") {
        const created = await call("api/users", {});
        await loadPeople();
        value = created.user_id;
      }
      this.userId = Number(value);
      this.refreshPeople();
      await this.load();
    }

    // The chat as the server has it; events that arrive meanwhile are applied after it, in
    // order, so the newest state wins whichever answer comes first.
    async load() {
      const token = {};
      this.loading = token;
      this.pending = [];
      const chat = await call(`api/chats/${this.chatId}`);
      if (this.loading !== token) return;
      this.messages.replaceChildren();
      for (const message of chat.messages) this.upsert(message);
      this.setKeyboard(chat.keyboard);
      const pending = this.pending;
      this.loading = this.pending = null;
      for (const item of pending) this.apply(item);
    }

    receive(item) {
      if (this.pending) this.pending.push(item);
      else this.apply(item);
    }

    apply(item) {
      if (item.chat_id !== this.chatId) return;
      if (item.type === "message") {
        this.upsert(item.message);
        this.setKeyboard(item.keyboard);
      } else if (item.type === "deleted") {
        this.remove(item.message_id);
      } else if (item.type === "toast") {
        this.toast(item.text);
      }
    }

    view() {
      const person = app.people.find((p) => p.user_id === this.userId);
      return { mine: false, showSender: this.kind === "team", botUsername: app.botUsername,
        timeZone: this.kind === "team" ? ORG_ZONE : (person && person.timezone) || ORG_ZONE,
        onTap: (message, text) => this.act("tap", { message_id: message.message_id, text }),
        onReply: (message) => this.setReply(message) };
    }

    upsert(message) {
      const view = this.view();
      view.mine = !message.from_bot && message.sender_id === this.actor();
      const node = Render.bubble(message, view);
      const old = this.messages.querySelector(`.msg[data-id="${message.message_id}"]`);
      if (old) { old.replaceWith(node); return; }
      const later = [...this.messages.children].find(
        (child) => Number(child.dataset.id) > message.message_id);
      this.messages.insertBefore(node, later || null);
      this.messages.scrollTop = this.messages.scrollHeight;
    }

    remove(messageId) {
      const old = this.messages.querySelector(`.msg[data-id="${messageId}"]`);
      if (old) old.remove();
    }

    // Reply-keyboard buttons; one that asks for the location or the contact shares it, as
    // a Telegram app does, after asking (a place to pick, or "share your number?").
    setKeyboard(rows) {
      this.keyboard.replaceChildren(...(rows || []).map((row) => el("div",
        { class: "keyboard-row" }, ...row.map((button) => el("button", { type: "button",
          class: "keyboard-button", dir: "auto", text: button.text,
          "data-request": button.request, onclick: () => this.pressKey(button) })))));
      if (!rows) this.sharePanel.hidden = true;
    }

    pressKey(button) {
      this.commandList.hidden = true;
      if (button.request === "location") this.askLocation(button.text);
      else if (button.request === "contact") this.askContact(button.text);
      else this.act("press", { text: button.text });
    }

    askLocation(text) {
      const choice = el("select", { class: "place", "aria-label": "place" },
        ...PLACES.map(([name], index) => el("option", { value: String(index), text: name })));
      const latitude = el("input", { class: "latitude", value: PLACES[0][1].toFixed(5),
        size: 9, "aria-label": "latitude" });
      const longitude = el("input", { class: "longitude", value: PLACES[0][2].toFixed(5),
        size: 9, "aria-label": "longitude" });
      choice.addEventListener("change", () => {
        const [, lat, lon] = PLACES[Number(choice.value)];
        latitude.value = lat.toFixed(5);
        longitude.value = lon.toFixed(5);
      });
      this.share(el("span", { text: "📍 Share your location" }), choice,
        el("div", { class: "location-form" }, latitude, longitude),
        el("button", { type: "button", class: "share-location", text: "send my location",
          onclick: () => this.shared("press", { text, latitude: latitude.value,
            longitude: longitude.value }) }));
    }

    askContact(text) {
      this.share(el("span", { text: "👤 Share your phone number with the bot?" }),
        el("button", { type: "button", class: "share-contact", text: "share my number",
          onclick: () => this.shared("press", { text }) }));
    }

    share(...parts) {
      this.sharePanel.replaceChildren(...parts, el("button", { type: "button",
        class: "share-cancel", text: "cancel",
        onclick: () => { this.sharePanel.hidden = true; } }));
      this.sharePanel.hidden = false;
    }

    async shared(action, fields) {
      this.sharePanel.hidden = true;
      await this.act(action, fields);
    }

    setReply(message) {
      this.replyTo = message ? message.message_id : null;
      this.replyBar.hidden = !message;
      if (!message) return;
      const text = (message.text || message.kind).slice(0, 60);
      this.replyBar.replaceChildren(el("span", { dir: "auto", text: `↪ ${text}` }),
        el("button", { type: "button", text: "×", onclick: () => this.setReply(null) }));
      this.input.focus();
    }

    toast(text) {
      this.toastBox.textContent = text;
      this.toastBox.hidden = false;
      clearTimeout(this.toastTimer);
      this.toastTimer = setTimeout(() => { this.toastBox.hidden = true; }, 4000);
    }

    async act(action, fields) {
      try {
        await call(`api/chats/${this.chatId}/${action}`, { user: this.actor(), ...fields });
      } catch (error) {
        this.toast(`⚠ ${error.message}`);
      }
    }

    async sendText(text) {
      if (!text.trim()) return;
      this.input.value = "";
      const replyTo = this.replyTo;
      this.setReply(null);
      this.commandList.hidden = true;
      await this.act("text", { text, reply_to: replyTo });
    }

    async sendFile(kind, input, blob, seconds) {
      const file = blob || input.files[0];
      if (!file) return;
      this.attachMenu.hidden = true;
      const duration = seconds || (kind === "voice" ? await audioSeconds(file) : null);
      await this.act(kind, { file, duration });
      if (input) input.value = "";
    }

    async toggleRecording() {
      if (this.recorder) { this.recorder.stop(); return; }
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
        const chunks = [];
        const started = Date.now();
        this.recorder = new MediaRecorder(stream);
        this.recorder.ondataavailable = (event) => chunks.push(event.data);
        this.recorder.onstop = () => {
          stream.getTracks().forEach((track) => track.stop());
          const type = this.recorder.mimeType || "audio/webm";
          this.recorder = null;
          this.recordButton.textContent = "⏺ record voice";
          this.sendFile("voice", null, new Blob(chunks, { type }), (Date.now() - started) / 1000);
        };
        this.recorder.start();
        this.recordButton.textContent = "⏹ stop and send";
      } catch (error) {
        this.toast("⚠ no microphone here: upload an audio file instead");
      }
    }

    async toggleCommands() {
      if (!this.commandList.hidden) { this.commandList.hidden = true; return; }
      const commands = await call(`api/chats/${this.chatId}/commands`);
      this.commandList.replaceChildren(...commands.map((c) => el("button", { type: "button",
        class: "command", onclick: () => this.sendText(`/${c.command}`) },
      el("b", { text: `/${c.command}` }), el("span", { dir: "auto", text: ` ${c.description}` }))));
      if (!commands.length) this.commandList.append(el("span", { text: "no commands yet" }));
      this.commandList.hidden = false;
    }

    close() {
      app.phones = app.phones.filter((phone) => phone !== this);
      this.node.remove();
    }
  }

  function audioSeconds(file) {
    return new Promise((resolve) => {
      const audio = new Audio();
      const url = URL.createObjectURL(file);
      const done = (seconds) => { URL.revokeObjectURL(url); resolve(seconds); };
      audio.onloadedmetadata = () => done(Number.isFinite(audio.duration) ? audio.duration : 1);
      audio.onerror = () => done(1);
      audio.src = url;
    });
  }

  function addPhone(kind, userId) {
    const phone = new Phone(kind, userId);
    app.phones.push(phone);
    const board = document.getElementById("board");
    const team = board.querySelector(".phone.team");
    board.insertBefore(phone.node, kind === "team" ? null : team);
    phone.load();
    return phone;
  }

  async function loadPeople() {
    const state = await call("api/state");
    app.people = state.people;
    setNow(state.now);
    setNext(state.next);
    for (const phone of app.phones) phone.refreshPeople();
    return state;
  }

  let peopleTimer = null;
  function refreshPeopleSoon() {
    clearTimeout(peopleTimer);
    peopleTimer = setTimeout(loadPeople, 300);
  }

  function setNow(iso) {
    app.skew = new Date(iso).getTime() - Date.now();
    showNow();
  }

  // The next timer or scheduled message: what the next clock move would set off first.
  function setNext(due) {
    const next = document.getElementById("next");
    if (!due) {
      next.textContent = "next: nothing scheduled";
      next.removeAttribute("datetime");
      delete next.dataset.kind;
      return;
    }
    next.textContent = `next: ${due.label} at ${Render.time(due.at, ORG_ZONE)} (${ORG_ZONE})`;
    next.setAttribute("datetime", due.at);
    next.dataset.kind = due.kind;
  }

  // Real time runs on in the sandbox: once the next one is due, ask what is next after it.
  function checkNext() {
    const at = document.getElementById("next").getAttribute("datetime");
    if (at && new Date(at).getTime() <= Date.now() + app.skew) refreshPeopleSoon();
  }

  function showNow() {
    const now = new Date(Date.now() + app.skew).toISOString();
    const clock = document.getElementById("now");
    clock.textContent = `${Render.time(now, ORG_ZONE)} (Amsterdam)`;
    clock.setAttribute("datetime", now);
  }

  function onEvent(item) {
    if (item.type === "clock") { setNow(item.now); refreshPeopleSoon(); return; }
    for (const phone of app.phones) {
      if (phone.chatId === item.chat_id) phone.receive(item);
    }
    if (item.type === "message") refreshPeopleSoon();
  }

  function connect() {
    const source = new EventSource("events");
    const dot = document.getElementById("connection");
    source.onopen = () => {
      dot.className = "connection live";
      for (const phone of app.phones) phone.load();  // catch up after a reconnect
    };
    source.onerror = () => { dot.className = "connection down"; };
    source.onmessage = (event) => onEvent(JSON.parse(event.data));
  }

  async function openStartLink(code) {
    const created = await call("api/users", {});
    await loadPeople();
    const phone = addPhone("private", created.user_id);
    phone.node.scrollIntoView({ behavior: "smooth", inline: "center" });
    await phone.sendText(`/start ${code}`);
  }

  async function main() {
    const state = await call("api/state");
    app.people = state.people;
    app.team = state.team;
    app.botUsername = state.bot_username;
    setNow(state.now);
    setNext(state.next);
    setInterval(() => { showNow(); checkNext(); }, 15000);
    addPhone("team");
    for (const name of ["Karim", "Youssef", "Amina"]) {
      const person = app.people.find((p) => p.name === name);
      if (person) addPhone("private", person.user_id);
    }
    document.getElementById("add-phone").addEventListener("click", () => {
      const shown = new Set(app.phones.map((phone) => phone.userId));
      const next = app.people.find((p) => !shown.has(p.user_id)) || app.people[0];
      addPhone("private", next.user_id);
    });
    const clockButtons = [...document.querySelectorAll(".clock button")];
    for (const button of clockButtons) {
      button.addEventListener("click", async () => {
        // the bot goes through every moment due on the way: it may take a few seconds
        for (const each of clockButtons) each.disabled = true;
        document.querySelector(".clock").classList.add("moving");
        try {
          const moved = await call("api/clock", { step: button.dataset.step });
          setNow(moved.now);
          setNext(moved.next);
        } finally {
          for (const each of clockButtons) each.disabled = false;
          document.querySelector(".clock").classList.remove("moving");
        }
      });
    }
    document.getElementById("board").addEventListener("click", (event) => {
      const link = event.target.closest("a.start-link");
      if (!link) return;
      event.preventDefault();
      openStartLink(link.dataset.start);
    });
    connect();
  }

  document.addEventListener("DOMContentLoaded", main);
})();
