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
nacht tot morgen later m3a salama ma3a salama tsb7 tesba7
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
مسا تصبح على خير ليلة سعيدة مع كيداير كيدايرة كيف حالك حالكم لاباس عليك واش
لاباس ان شاء انشاء إن شاء نشالله انشالله تبارك صحة فطوركم عواشر مبروكة
""".split())  # noqa: SIM905 (a word list, easier to edit as text)
# Words that go with greetings and thanks ("merci bcp pour hier", "bedankt voor gisteren").
# Never "goodbye" or "everything": "thanks for everything, goodbye" can be a farewell note.
_WITH = frozenset("""
bcp beaucoup bzaf bzzaf bezzaf bzf infiniment vraiment wlh wallah pour hier a à toi vous
te ta famille familia l3a2ila l3aila lfamilia madame monsieur mevrouw meneer ustad ustadh
ostad m3allem khti khoya khouya kho ya sa7bi sahbi habibi voor je jou jullie gisteren
vandaag echt lief top gezellig van the for your you dyalk dyalek
3la 3lik 3lih 3liha 3likoum 3likom lik lek lkom rabi rebbi allah lah y3tik ya3tik yatik
ykhlik ykhalik y7fdk yhfdk y7fdek yjazik jazak jazakallah khir khayr ykhalik ybark ybarek
sa3id sa3ida saida mobarak mobarek mubarak moubarak mbrouk mbrok mabrok mabrouka mobaraka
3id 3wachr 3wacher ramdan ramdankoum ramadankoum ftourek ftourkoum kbir lkbir sghir
anniversaire gefeliciteerd verjaardag birthday joyeux bon bonne heureux année nieuwjaar
kifach kifah kirak kiraki rak raki wach labas? kolchi_ok nchoufk ghda demain morgen
inchallah nchallah lmasa masa sba7 sbah lkhir bikhir hamdoullah hamdoulah l7amdoulah
c moi ik ben het ana salaam slaam 3idkoum 3idkom mabrouk tesbah tesba7 m3ak m3ak 3likoum
alikoum alikom ramadan karim jom3a mobaraka ys3d dieu protège protege te garde nuit l
o w lkhir lhna god zegene zegen je dieu protège protege te bénisse benisse mrhba marhba
bik f ay wa9t infiniment meilleure meilleur que
""".split())  # noqa: SIM905 (a word list, easier to edit as text)
_WITH_ARABIC = frozenset("""
يعطيك الصحة صحا عيدكم عيد ربي الله يحفظك يخليك ويخليك يجازيك بخير خير خيرا جزاك جزيل
بزاف على ديال البارح امس أمس مبارك مبروك كريم عليك عليكم ليك لك
للعائلة العائلة وعلى وكل عام وانت وأنت بخير تبارك مرسي داكور اوكي اوك تمام استاذ أستاذ
يا اخي أخي اختي ختي كيفك كيراك راك واش الاحوال الأحوال عندكم النور مساء صباح سعيد
ان إن شاء انا أنا جمعة مباركة رمضان حالك الف ألف شكر بارك فيك خويا ختي ا
""".split())  # noqa: SIM905
_WORDS = _PHRASES | _ARABIC | _WITH | _WITH_ARABIC


def is_pleasantry(cleaned: str) -> bool:
    """Only greeting, thanks, good-wish or how-are-you words (and emoji, punctuation)."""
    found = words(cleaned)
    return bool(found) and len(found) <= 12 and all(w in _WORDS for w in found)
