package org.borderlink.ingest.synthetic;

import org.borderlink.graph.model.Gender;

/**
 * A real person of the generated world, whatever the reports call them.
 *
 * @param id stable id: {@code N0042-ORG} (a network's organiser), {@code N0042-DRV2}, {@code N0042-C03-M017}
 *     (migrant 17 of the network's third cohort), {@code N0042-V002} (a trafficking victim), {@code X-HAW-001}
 *     (a freelance hawaladar serving several networks), {@code W-…} (a witness)
 * @param name their own spelling: the usual English transcription of a foreign name ({@code Jawad Hussaini}),
 *     the native spelling otherwise ({@code Dragan Petrović}, {@code Arben Krasniqi})
 * @param nationality ISO 3166-1 alpha-2 code ({@code XK} for Kosovo)
 */
public record TruePerson(String id, String name, String nationality, Gender gender) {}
