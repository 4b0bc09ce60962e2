# Privacy modes: what the terminal says about them.

privacy-init-modes = What the public minutes write for a person is `privacy` in council.toml, and git history is forever: what is committed stays in every clone. "names" writes names as entered (first names or handles are fine). "pseudonyms" writes a stable pseudonym per person, made with a secret kept in this log's .git folder, never committed; the roster of who is who stays on this laptop. "cards" writes the numbers of cards handed out in the room and no name at all. Change it only by committing council.toml.
privacy-cards-rotation = Cards are not people: the minutes write card numbers only. Last time's facilitator and the turns of earlier councils belong to card numbers, not to anyone here, so rotation between councils is only as fair as the shuffle of the cards.
privacy-secret-warning = This secret turns any name into its pseudonym: whoever holds it can test a guessed name against every pseudonym in the public log. Move it only to a laptop of someone the council trusts with the roster, over a channel you trust, and delete the copy afterwards.
privacy-secret-exported = The pseudonym secret is written to { $file }.
privacy-secret-imported = The pseudonym secret is imported: this laptop now writes the same pseudonyms as the one it came from.
privacy-secret-same = This log already holds this very secret: nothing changed.

# Written into the log's README under privacy = "pseudonyms" or "cards" (the council's language).
readme-privacy-heading = Privacy
readme-privacy-pseudonyms = This log writes people as pseudonyms (privacy = "pseudonyms"): each person keeps one pseudonym in every council, made from their name with a secret that is not in this repository. Rotation and `council verify` work on the pseudonyms.
readme-privacy-cards = This log writes card numbers, not people (privacy = "cards"): attendees are the numbered cards handed out at each council. Cards are not people, so the turns and last time's facilitator of earlier councils do not carry over: every council draws among its cards afresh.
