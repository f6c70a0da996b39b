#!/usr/bin/env python3
"""Writes the demo city's gazetteer (streets/streets.json): a street grid inside the demo boundary.

Riverton is invented, so its streets are laid out as a grid (east-west names, north-south numbered and named
avenues), a few short lanes between grid lines and three diagonal roads. A real city replaces the file with
its own street centreline data (see docs/gazetteer.md).
"""
import json, os

SOUTH, WEST, STEP = 42.305, -71.095, 0.0045
EAST_WEST = ["Spruce Street", "Oak Avenue", "Maple Street", "Birch Street", "Cedar Street", "Pine Street",
             "Willow Street", "Chestnut Street", "Walnut Street", "Elm Street", "Poplar Street", "Hemlock Street",
             "Hawthorn Street", "Juniper Street", "Magnolia Street", "Laurel Street", "Sycamore Street",
             "Elmwood Street", "Harbor Way", "Lake Shore Drive"]
NORTH_SOUTH = ["1st Street", "2nd Street", "3rd Street", "4th Street", "5th Avenue", "6th Avenue", "7th Avenue",
               "8th Avenue", "Main Street", "Oak Street", "Maple Avenue", "Cedar Avenue", "Orchard Avenue",
               "Washington Boulevard", "King Boulevard", "Court Street", "North Street", "Foundry Street",
               "Canal Street", "Kneeland Street"]
# Short streets between two grid lines: (name, line index + 0.5, first and last cross line).
LANES_EW = [("Birch Lane", 2.5, 3, 9), ("Cedar Lane", 4.5, 10, 15), ("Kestrel Lane", 6.5, 2, 6),
            ("McKinley Terrace", 8.5, 12, 16), ("Lakeview Drive", 10.5, 4, 12), ("Millbrook Drive", 12.5, 0, 10),
            ("Shore Drive", 16.5, 6, 11)]
LANES_NS = [("Birch Road", 3.5, 0, 8), ("Riverside Parkway", 9.5, 5, 19), ("Quarry Road", 14.5, 0, 19),
            ("Millrace Road", 16.5, 0, 19), ("Broadway", 7.5, 2, 17)]
# Diagonals as polylines of grid coordinates (x = north-south line index, y = east-west line index).
DIAGONALS = [("River Road", [(0, 1), (4, 4), (9, 6), (14, 10), (19, 12)], ["Riverfront Road"]),
             ("Highway 9", [(0, 18), (6, 14), (12, 9), (19, 3)], ["Route 9", "Hwy 9"]),
             ("Route 22", [(2, 0), (5, 7), (8, 19)], ["Highway 22"])]
ABBREVIATIONS = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Boulevard": "Blvd", "Lane": "Ln", "Drive": "Dr",
                 "Way": "Way", "Parkway": "Pkwy", "Terrace": "Ter"}
ORDINALS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth", "5th": "Fifth", "6th": "Sixth",
            "7th": "Seventh", "8th": "Eighth"}


def point(x, y):
    return [round(SOUTH + y * STEP, 6), round(WEST + x * STEP, 6)]


def street(full, points, aliases=(), block=100):
    words = full.split(" ")
    typed = words[-1] in ABBREVIATIONS and len(words) > 1
    name, kind = (" ".join(words[:-1]), words[-1]) if typed else (full, "")
    names = list(aliases)
    if typed and ABBREVIATIONS[kind] != kind:
        names.append(f"{name} {ABBREVIATIONS[kind]}")
    if name in ORDINALS:
        names.append(f"{ORDINALS[name]} {kind}")
    segments = []
    for i in range(len(points) - 1):
        low = 1 if i == 0 else i * block
        segments.append({"from": low, "to": (i + 1) * block - 1, "start": points[i], "end": points[i + 1]})
    return {"name": name, "type": kind, "aliases": names, "segments": segments}


streets = []
for y, full in enumerate(EAST_WEST):
    streets.append(street(full, [point(x, y) for x in range(len(NORTH_SOUTH))]))
for x, full in enumerate(NORTH_SOUTH):
    streets.append(street(full, [point(x, y) for y in range(len(EAST_WEST))]))
for full, y, first, last in LANES_EW:
    streets.append(street(full, [point(x, y) for x in range(first, last + 1)]))
for full, x, first, last in LANES_NS:
    streets.append(street(full, [point(x, y) for y in range(first, last + 1)], block=200 if full == "Quarry Road" else 100))
for full, corners, aliases in DIAGONALS:
    streets.append(street(full, [point(x, y) for x, y in corners], aliases, block=200))

target = os.path.join(os.path.dirname(__file__), "..", "streets", "streets.json")
with open(target, "w", encoding="utf-8") as f:
    # One segment a line: readable, and a diff shows which block changed.
    f.write('{\n "city": "Riverton",\n "streets": [\n')
    for i, s in enumerate(streets):
        head = {k: s[k] for k in ("name", "type", "aliases")}
        f.write("  " + json.dumps(head)[:-1] + ', "segments": [\n')
        f.write(",\n".join("   " + json.dumps(seg) for seg in s["segments"]))
        f.write("\n  ]}" + ("," if i < len(streets) - 1 else "") + "\n")
    f.write(" ]\n}\n")
print(f"{len(streets)} streets, {sum(len(s['segments']) for s in streets)} segments -> {os.path.normpath(target)}")
