/*
 * ns.h - the namespace IRIs, defined once for every module: newsgraph's
 * vocabulary and lexicon (../shared/spec/VOCABULARY.md), the default
 * instance namespace, and the W3C and Dublin Core vocabularies it uses.
 */
#ifndef NG_NS_H
#define NG_NS_H

#define NG_NS "https://w3id.org/newsgraph/ns#"
#define NG_LEX_NS "https://w3id.org/newsgraph/lexicon#"
#define NG_DEFAULT_BASE "https://w3id.org/newsgraph/id/"

#define NG_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NG_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NG_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NG_NS_DCT "http://purl.org/dc/terms/"
#define NG_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NG_NS_OWL "http://www.w3.org/2002/07/owl#"

/* Local names of the vocabulary's values that the C reasons about
 * (VOCABULARY.md: ng:positionType, ng:indicator, ng:qualifier): names of
 * the graph's terms, not English words read from the text (those are
 * lexicon classes, src/lexneeds.h). Counterpart is the lexicon's own type
 * of "his counterpart": the office of the other side, never written. */
#define NG_TYPE_PRESIDENT "President"
#define NG_TYPE_GOVERNOR "Governor"
#define NG_TYPE_MAYOR "Mayor"
#define NG_TYPE_COUNTERPART "Counterpart"
#define NG_INDICATOR_TRADE "Trade"
#define NG_INDICATOR_CONTRACTS "Contracts"
#define NG_INDICATOR_OTHER "OtherIndicator"
#define NG_QUALIFIER_EXACT "Exact"

#endif
