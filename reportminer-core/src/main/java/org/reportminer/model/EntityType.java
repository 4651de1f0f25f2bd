package org.reportminer.model;

/** The kinds of named entity the analysis stage recognizes. */
public enum EntityType {
  ORG,
  PERSON,
  PLACE
}
