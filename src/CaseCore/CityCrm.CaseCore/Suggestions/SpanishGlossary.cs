namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// The Spanish words residents most often use in a city service report, read as their English meaning so an
/// English catalogue can rank a Spanish description. Words are matched after accents are folded away.
/// </summary>
internal static class SpanishGlossary
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["basura"] = "trash garbage", ["bache"] = "pothole", ["baches"] = "potholes", ["hoyo"] = "hole", ["calle"] = "street",
        ["calles"] = "streets", ["luz"] = "light", ["luces"] = "lights", ["farola"] = "streetlight", ["poste"] = "pole",
        ["semaforo"] = "traffic signal", ["perro"] = "dog", ["perra"] = "dog", ["gato"] = "cat", ["mascota"] = "pet",
        ["perdi"] = "lost", ["perdido"] = "lost", ["encontre"] = "found", ["rata"] = "rat", ["ratas"] = "rats",
        ["raton"] = "mouse", ["ratones"] = "mice", ["cucarachas"] = "roaches", ["chinches"] = "bed bugs", ["carro"] = "car",
        ["coche"] = "car", ["auto"] = "car", ["vehiculo"] = "vehicle", ["abandonado"] = "abandoned", ["abandonada"] = "abandoned",
        ["estacionado"] = "parked", ["estacionamiento"] = "parking", ["parquimetro"] = "parking meter", ["grafiti"] = "graffiti",
        ["pintaron"] = "painted", ["pintura"] = "paint", ["plomo"] = "lead", ["pared"] = "wall", ["callejon"] = "alley",
        ["muebles"] = "furniture", ["colchon"] = "mattress", ["tiro"] = "dumped", ["tiraron"] = "dumped",
        ["recogieron"] = "collected picked", ["recoleccion"] = "collection", ["reciclaje"] = "recycling",
        ["calefaccion"] = "heat", ["frio"] = "cold", ["calor"] = "hot", ["agua"] = "water", ["fuga"] = "leak",
        ["inundacion"] = "flooding", ["inundada"] = "flooded", ["alcantarilla"] = "sewer drain", ["drenaje"] = "drain",
        ["arbol"] = "tree", ["rama"] = "branch", ["caido"] = "fallen", ["nieve"] = "snow", ["hielo"] = "ice",
        ["acera"] = "sidewalk", ["banqueta"] = "sidewalk", ["ruido"] = "noise", ["musica"] = "music", ["moho"] = "mold",
        ["goteras"] = "leaks", ["apartamento"] = "apartment", ["dueno"] = "landlord", ["casero"] = "landlord",
        ["edificio"] = "building", ["parque"] = "park", ["jeringas"] = "syringes", ["agujas"] = "needles",
        ["muerto"] = "dead", ["muerta"] = "dead", ["mapache"] = "raccoon", ["roto"] = "broken", ["rota"] = "broken",
        ["funciona"] = "working", ["senal"] = "sign", ["letrero"] = "sign", ["comida"] = "food", ["restaurante"] = "restaurant",
        ["sucio"] = "dirty", ["sucia"] = "dirty", ["plaga"] = "infestation", ["camion"] = "truck", ["tienda"] = "store",
        ["ruidoso"] = "loud", ["palomas"] = "pigeons", ["mosquitos"] = "mosquitoes", ["escalera"] = "stairs",
    };

    /// <summary>Replaces each known Spanish word of folded text with its English reading; other words stay.</summary>
    public static string Translate(string folded)
    {
        var words = folded.Split([' ', '\t', '\n', '\r', ',', '.', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (Words.TryGetValue(words[i], out var english))
            {
                words[i] = english;
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : folded;
    }
}
