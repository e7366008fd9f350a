"""Emergency numbers by country, shown to a client who asks for help now.

Data, each number with its source (checked 2026-12). A country not listed gets 112, which
mobile phones route to the emergency services in the EU and in many other countries.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EMERGENCY_NUMBERS", "EmergencyNumber", "numbers_for"]


@dataclass(frozen=True)
class EmergencyNumber:
    service: str  # a Fluent key: emergency-police, emergency-ambulance ...
    number: str
    source: str


_WIKI = "https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers"

EMERGENCY_NUMBERS: dict[str, tuple[EmergencyNumber, ...]] = {
    "MA": (
        EmergencyNumber("emergency-ambulance", "15",
                        f"Protection Civile, ambulance and fire; {_WIKI}"),
        EmergencyNumber("emergency-police", "19", f"Sûreté Nationale, in towns; {_WIKI}"),
        EmergencyNumber("emergency-gendarmerie", "177",
                        f"Gendarmerie Royale, outside towns; {_WIKI}"),
        EmergencyNumber("emergency-mobile", "112", f"from a mobile phone; {_WIKI}"),
    ),
    "DZ": (
        EmergencyNumber("emergency-ambulance", "14",
                        f"Protection Civile, ambulance and fire; {_WIKI}"),
        EmergencyNumber("emergency-police", "17", f"Sûreté Nationale (also 1548); {_WIKI}"),
        EmergencyNumber("emergency-gendarmerie", "1055",
                        f"Gendarmerie Nationale, green number; {_WIKI}"),
    ),
    "TN": (
        EmergencyNumber("emergency-ambulance", "190", f"SAMU; {_WIKI}"),
        EmergencyNumber("emergency-police", "197", f"Police; {_WIKI}"),
        EmergencyNumber("emergency-fire", "198", f"Protection Civile; {_WIKI}"),
    ),
    "NL": (
        EmergencyNumber("emergency-all", "112",
                        "https://www.rijksoverheid.nl/onderwerpen/alarmnummer-112"),
        EmergencyNumber("emergency-suicide", "113",
                        "113 Zelfmoordpreventie, https://www.113.nl (also 0800-0113, free)"),
        EmergencyNumber("emergency-police-non-urgent", "0900-8844",
                        "https://www.politie.nl/contact"),
    ),
}
_DEFAULT = (EmergencyNumber("emergency-all", "112", _WIKI),)


def numbers_for(country: str | None) -> tuple[EmergencyNumber, ...]:
    return EMERGENCY_NUMBERS.get(country or "", _DEFAULT)
