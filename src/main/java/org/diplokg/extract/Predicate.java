package org.diplokg.extract;

/** The relations of the data contract that extraction states; each maps to one {@code dkg:} property. */
public enum Predicate {
    PARTY("party"), ISSUED_BY("issuedBy"), ADOPTED_AT("adoptedAt"), DATE("date"), END_DATE("endDate"),
    LOCATION("location"), HOST("host"), PARTICIPANT("participant"), IN_SERIES("inSeries"), ORDINAL("ordinal"),
    PART_OF("partOf"), MEMBER_OF("memberOf"), LOCATED_IN("locatedIn"), AFFILIATION("affiliation");

    private final String localName;

    Predicate(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
