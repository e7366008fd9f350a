"""Greetings, thanks and good wishes: a message made only of these is never flagged."""

from __future__ import annotations

from flows.flags.prepare import words

__all__ = ["is_pleasantry"]

# Cleaned (lower-case, stretched letters shortened) words and short phrases, in the
# registers clients write: Darija in both scripts, Arabic, French, Dutch, English.
_PHRASES = frozenset("""
salam slm salamo salamu slt salut saluut bonjour bjr bonsoir bsr coucou cc hallo hoi hey hi
hello hola yo wa3alaykum wa3alikom waalaykum alaykum 3alaykum alikom alaikum assalam
assalamu asalam asalamu alaykoum salamoualaykoum salamou aleykoum merci mrc mci thanks thank
thx ty dank danku bedankt dankjewel dankuwel dankje choukran chokran chukran shukran shokran
choukrane chokrane baraka barakallah barakalahufik allah yjazik yjazik yrhm walidin lwalidin
ybarek fik fikom fiha fih khoya khouya khti sahbi sahbti ya akhi akhi ukhti ok okay oki okey
okk oké wakha wakhkha wah iyeh ih eyh d'accord dac daccord top super goed prima mooi nice
cool parfait parfaite tres très bien tbien bn good great bonne nuit bn8 journée journee
soirée soiree goedenacht goedemorgen goedemiddag goedenavond welterusten fijne dag avond
nacht tot morgen later ciao bye bslama beslama bsslama m3a salama ma3a salama tsb7 tesba7
3la khir 3lakhir layla sa3ida sba7 lkhir sbah lkhir mass lkhir msa lkhir sba7 lkhir mbrouk
mabrouk mabrok mubarak eid aid 3id 3awacher mabrouk ramadan karim kareem saha ftourkoum
ftourkom joyeux fête fete bonne année annee gelukkig nieuwjaar happy new year fijne
feestdagen jum3a jumu3a mubaraka mbarka hamdoulah hamdullah hamdolah lhamdoulah l7amdolah
alhamdulillah hmdl hamdoulilah labas bikhir bkhir mzyan mzian mlih mli7 mliha behi bien ça
ca va cv et toi w nta w nti nta nti sa7a saha sahit sahitou yaatik yatik vous comment
comment vas tu allez hoe gaat het met je jou u alles wat goed how are you kidayr kidayra
kidayrin labas 3lik 3likom ach khbarek achkhbarek wach labas wash labas lah yhfdk yhfdek
allah y7fdk y7fdek inchallah insha'allah nchallah inshallah la bas
""".split())  # noqa: SIM905 (a word list, easier to edit as text)
_ARABIC = frozenset("""
السلام سلام عليكم وعليكم عليكم السلام سلامو مرحبا اهلا أهلا شكرا شكراً بزاف جزيل الله يجازيك
يجازيك يحفظك يخليك بارك فيك فيكم خويا اختي أختي صاحبي واخا وخا مزيان لاباس بخير الحمد لله
الحمدلله حمدولله الحمدللة مبروك مبارك عيد سعيد رمضان كريم جمعة مباركة صباح الخير مساء النور
مسا تصبح على خير ليلة سعيدة بسلامة مع السلامة كيداير كيدايرة كيف حالك حالكم لاباس عليك واش
لاباس ان شاء انشاء إن شاء نشالله انشالله تبارك صحة فطوركم عواشر مبروكة
""".split())  # noqa: SIM905 (a word list, easier to edit as text)
_WORDS = _PHRASES | _ARABIC


def is_pleasantry(cleaned: str) -> bool:
    """Only greeting, thanks, good-wish or how-are-you words (and emoji, punctuation)."""
    found = words(cleaned)
    return bool(found) and len(found) <= 12 and all(w in _WORDS for w in found)
