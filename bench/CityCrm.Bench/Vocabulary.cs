namespace CityCrm.Bench;

/// <summary>The city-service words the generator composes articles and questions from.</summary>
internal static class Vocabulary
{
    /// <summary>A service area: its department, the things residents ask about, and what goes wrong with them.</summary>
    public sealed record Area(string Name, string Department, string[] Nouns, string[] Problems);

    /// <summary>What a resident wants done, as a title verb and the ways residents say it.</summary>
    public sealed record Action(string Title, string[] Phrasings);

    public static readonly Area[] Areas =
    [
        new("trash and recycling", "Public Works", ["recycling cart", "trash bin", "compost bin", "yard waste bag", "dumpster", "bulky item", "mattress", "e-waste drop-off", "glass container", "cardboard bundle"], ["missed", "overflowing", "stolen", "cracked", "not emptied"]),
        new("streets", "Transportation", ["pothole", "streetlight", "traffic signal", "crosswalk", "speed bump", "curb ramp", "street sign", "guardrail", "storm drain", "sidewalk"], ["broken", "flickering", "damaged", "blocked", "faded"]),
        new("water", "Water Utility", ["water meter", "water main", "fire hydrant", "sewer line", "water bill", "backflow device", "service line", "water heater rebate", "irrigation permit", "lead pipe"], ["leaking", "frozen", "overcharged", "discolored", "burst"]),
        new("parks", "Parks and Recreation", ["picnic shelter", "playground", "ball field", "dog park", "community garden plot", "swimming pool", "tennis court", "trail", "boat launch", "skate park"], ["vandalized", "closed", "overgrown", "flooded", "unsafe"]),
        new("permits", "Planning and Permits", ["building permit", "fence permit", "deck permit", "demolition permit", "sign permit", "electrical permit", "plumbing permit", "driveway permit", "zoning variance", "block party permit"], ["denied", "expired", "delayed", "missing", "incomplete"]),
        new("taxes", "Finance", ["property tax", "assessment", "tax exemption", "payment plan", "tax bill", "senior rebate", "homestead credit", "escrow statement", "late fee", "refund"], ["late", "incorrect", "disputed", "unpaid", "duplicated"]),
        new("animals", "Animal Services", ["dog license", "stray cat", "barking dog", "dead animal", "raccoon", "lost pet", "animal bite", "chicken coop", "beehive", "adoption"], ["loose", "injured", "aggressive", "noisy", "sick"]),
        new("transit", "Transit Authority", ["bus pass", "bus stop", "paratransit ride", "bike share", "park and ride lot", "reduced fare card", "bus shelter", "route map", "transit app", "lost item"], ["late", "crowded", "cancelled", "dirty", "inaccessible"]),
        new("housing", "Housing and Code Enforcement", ["rental inspection", "housing voucher", "eviction notice", "mold complaint", "heating complaint", "landlord registration", "lead inspection", "home repair grant", "occupancy certificate", "tenant rights"], ["unsafe", "unheated", "overdue", "ignored", "uninhabitable"]),
        new("health", "Public Health", ["flu shot", "restaurant inspection", "food handler card", "mosquito spraying", "rat sighting", "needle disposal", "birth certificate", "death certificate", "clinic appointment", "well water test"], ["contaminated", "infested", "delayed", "unsanitary", "missing"]),
        new("libraries", "Library", ["library card", "overdue book", "meeting room", "study room", "e-book account", "printing credit", "passport appointment", "tutoring session", "museum pass", "book drop"], ["lost", "locked", "expired", "damaged", "unavailable"]),
        new("elections", "City Clerk", ["voter registration", "absentee ballot", "polling place", "poll worker job", "ballot drop box", "sample ballot", "candidate filing", "voter card", "election result", "recount request"], ["rejected", "moved", "missing", "delayed", "closed"]),
        new("safety", "Police and Fire", ["noise complaint", "smoke alarm", "burn permit", "fireworks permit", "police report", "neighborhood watch", "abandoned vehicle", "graffiti", "alarm registration", "carbon monoxide detector"], ["loud", "abandoned", "false", "expired", "recurring"]),
        new("snow and trees", "Forestry", ["street tree", "snow plow", "salt bin", "tree stump", "fallen branch", "icy sidewalk", "tree planting", "leaf collection", "snow emergency route", "plow damage"], ["fallen", "icy", "unplowed", "diseased", "leaning"]),
        new("parking", "Parking Services", ["parking ticket", "residential permit", "parking meter", "tow release", "handicap placard", "loading zone", "garage pass", "street cleaning sign", "boot removal", "visitor pass"], ["wrong", "broken", "towed", "expired", "contested"]),
        new("business", "Economic Development", ["business license", "food truck permit", "sidewalk cafe permit", "liquor license", "home occupation permit", "small business grant", "vendor registration", "contractor license", "storefront grant", "signage review"], ["pending", "revoked", "expired", "rejected", "renewed"]),
    ];

    public static readonly Action[] Actions =
    [
        new("Report", ["report", "complain about", "tell the city about", "notify someone about"]),
        new("Request", ["request", "ask for", "order", "sign up for"]),
        new("Renew", ["renew", "extend", "update", "keep"]),
        new("Replace", ["replace", "swap", "get a new", "exchange"]),
        new("Pay for", ["pay for", "pay", "settle", "cover the cost of"]),
        new("Appeal", ["appeal", "dispute", "challenge", "contest"]),
        new("Cancel", ["cancel", "stop", "end", "drop"]),
        new("Schedule", ["schedule", "book", "reserve", "set up"]),
        new("Check the status of", ["check on", "track", "follow up on", "find out about"]),
        new("Apply for", ["apply for", "obtain", "qualify for", "register for"]),
    ];

    public static readonly string[] Qualifiers =
    [
        "residential", "commercial", "temporary", "seasonal", "emergency", "senior", "student", "nonprofit",
        "first-time", "annual", "weekend", "overnight", "accessible", "shared", "private", "rental",
    ];

    /// <summary>Everyday words that fill bodies and summaries around the subject, roughly most common first.</summary>
    public static readonly string[] Common =
    [
        "city", "resident", "service", "office", "form", "online", "phone", "days", "week", "hours", "fee",
        "address", "street", "home", "property", "owner", "staff", "request", "number", "account", "notice",
        "department", "application", "information", "schedule", "time", "visit", "mail", "email", "payment",
        "inspection", "crew", "neighborhood", "location", "photo", "receipt", "deadline", "review", "approval",
        "confirmation", "document", "proof", "identity", "record", "portal", "counter", "hall", "appointment",
        "business", "weekday", "holiday", "morning", "evening", "month", "year", "season", "weather", "safety",
        "rules", "ordinance", "code", "violation", "penalty", "fine", "warning", "limit", "size", "weight",
        "curb", "driveway", "yard", "alley", "corner", "block", "district", "ward", "council", "manager",
        "contractor", "landlord", "tenant", "family", "household", "child", "adult", "veteran", "disability",
        "language", "interpreter", "translation", "assistance", "program", "grant", "discount", "waiver",
        "priority", "queue", "ticket", "case", "reference", "update", "status", "result", "letter", "card",
        "check", "cash", "credit", "debit", "transfer", "balance", "statement", "estimate", "quote", "invoice",
        "map", "route", "area", "zone", "boundary", "parcel", "lot", "building", "unit", "apartment", "house",
        "garage", "basement", "roof", "window", "door", "wall", "fence", "gate", "path", "bench", "light",
        "equipment", "vehicle", "truck", "bicycle", "stroller", "wheelchair", "ramp", "elevator", "stairs",
        "noise", "odor", "smoke", "dust", "debris", "litter", "spill", "leak", "flood", "storm", "ice", "heat",
        "closure", "detour", "repair", "maintenance", "cleanup", "removal", "installation", "replacement",
    ];

    /// <summary>Function words: the analyzer drops them, but they are most of the text it reads.</summary>
    public static readonly string[] Glue =
    [
        "the", "a", "to", "of", "and", "for", "in", "on", "with", "is", "are", "be", "by", "or", "at", "this",
        "that", "it", "as", "if", "not", "your", "you", "we", "will", "can", "may", "an", "no", "there",
    ];

    public static readonly string[] Connectors =
    [
        "before", "after", "during", "within", "unless", "because", "while", "until", "once", "whenever",
    ];

    private static readonly string[] Syllables =
    [
        "bren", "cal", "dor", "el", "fen", "gar", "hol", "ives", "jun", "kel", "lor", "mar", "nor", "oak",
        "pem", "quin", "ros", "sel", "tor", "ul", "ver", "wes", "yar", "zel", "ash", "birch", "crest", "dale",
    ];

    private static readonly string[] PlaceSuffixes = ["wood", "field", "ton", "brook", "ridge", "mont", "view", "haven"];

    /// <summary>A made-up neighborhood or street name: gives the index the many rare terms a real city has.</summary>
    public static string Place(Random random)
    {
        var first = Syllables[random.Next(Syllables.Length)];
        var second = Syllables[random.Next(Syllables.Length)];
        var suffix = PlaceSuffixes[random.Next(PlaceSuffixes.Length)];
        var name = first + second + suffix;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Picks from a list with a skew towards its front, as word use is skewed in real text.</summary>
    public static string Skewed(Random random, string[] words)
    {
        var u = random.NextDouble();
        return words[(int)(u * u * words.Length)];
    }
}
