"""The README's screenshot: `.venv/bin/python -m tests.e2e.screenshot docs/sandbox.png`.

Plays a short scene in the sandbox (Youssef's urgent message in Darija, Karim claims and
answers, the team chat sees it) and saves the page as a PNG.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.e2e.browser import Page, SandboxProcess, new_profile, open_browser

KARIM, YOUSSEF, AMINA = 7002, 7101, 7102


def scene(page: Page) -> None:
    mark = page.last_id(KARIM)
    page.type(YOUSSEF, "3afak 3awni, ana mrid bzaf")
    card = page.wait_message(KARIM, lambda m: m["buttons"][:1] == ["✋ Claim"], "card", mark)
    page.wait_message(YOUSSEF, lambda m: m["side"] == "bot", "the receipt")
    mark = page.last_id(KARIM)
    page.tap(KARIM, card["id"], "✋")
    page.wait_message(KARIM, lambda m: "You have alert" in m["text"], "the claim", mark)
    mark = page.last_id(KARIM)
    page.tap(KARIM, card["id"], "↩️")
    page.wait_message(KARIM, lambda m: "answer" in m["text"], "the answer prompt", mark)
    page.type(KARIM, "Ghadi n3ayet lik daba, fin nta?")
    page.wait_message(YOUSSEF, lambda m: "fin nta" in m["text"], "the answer")
    page.type(AMINA, "Bonjour, je peux venir demain matin ?")
    page.wait_message(AMINA, lambda m: m["side"] == "bot", "Amina's receipt")
    page.wait_message("team", lambda m: "Karim" in m["text"], "the team's card")


def main(target: str) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="meldbot-shot-"))
    sandbox = SandboxProcess.start(workdir, workdir / "production-data")
    driver = open_browser(new_profile())
    try:
        page = Page(driver, sandbox.url)
        scene(page)
        driver.save_screenshot(target)
    finally:
        driver.quit()
        sandbox.stop()
    print(f"saved {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/sandbox.png"))
