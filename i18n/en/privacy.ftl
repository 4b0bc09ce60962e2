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

# Taking people down at the prompts.
privacy-card-question = { $question }: their card number
privacy-card-invalid = a card number from 1 to { $max }: no name is typed under privacy = "cards"
privacy-cards-how-many = How many numbered cards were handed out (1 to N)?
privacy-cards-count-invalid = a number from 2 to { $max }: a council draws a facilitator and a spokesperson
privacy-cards-listed = Cards 1 to { $n } are listed.
privacy-known-here = { $name }, whom this laptop knows
privacy-someone-new = { $name }: someone new (a new spelling is a new person)
privacy-did-you-mean = Did you mean { $names }?
privacy-tell-apart = { $problem }. Tell them apart (add an initial) and type the name again.
privacy-no-correction-cards = Card numbers are not spelled: nothing to correct here.
privacy-no-correction-pseudonyms = Under privacy = "pseudonyms" a corrected spelling is a different pseudonym, which no one reading the log could tell from another person put in place of the one drawn: names are not corrected after the pool is fixed.
privacy-mend-later = A mistake is mended after the council with `council correct ID --note TEXT`, or, before anything is committed, by abandoning this council and convening again.

# Errors and notes.
privacy-collision = { $a } and { $b } get the same pseudonym { $pseudonym }: the log could not tell them apart
privacy-not-a-card = { $name } is not a card number: under privacy = "cards" people are the numbers of the cards handed out ("1", "2", ...), and no name is written
privacy-named-in-text = the text { $text } names { $name }, and the public minutes would keep it forever: under privacy = "pseudonyms" write no real name in free text (leave it out, or write the pseudonym `council show` prints)
privacy-mode-changed-begun = this council was begun under privacy = "{ $then }", but council.toml now sets privacy = "{ $now }": its people were taken down for the other mode
privacy-mode-changed-fixed = this council's pool was fixed under privacy = "{ $then }", but council.toml now sets privacy = "{ $now }": its people were taken down for the other mode
privacy-cannot-resume = { $problem }; it cannot be resumed or committed
privacy-mode-hint = `council abandon` discards it (leaving a trace if its lot was drawn), then `council convene` again under the mode now in force
privacy-abandon-names = this council was begun under privacy = "names" and its numbers were called: its public trace would write the names given, but council.toml now sets privacy = "{ $now }"; nothing was written
privacy-abandon-names-hint = to leave the trace (it keeps a lot drawn again visible), commit privacy = "names" back, run `council abandon`, then commit the new mode again
privacy-answers-hint = fix the answers and run again; nothing was written to the log
privacy-secret-made = made the pseudonym secret { $path }: it never enters git. Another laptop needs it to write the same pseudonyms (`council secret export`)
privacy-new-here = { $name } is someone new to this laptop; did you mean { $names }? A new spelling is a new person
privacy-text-names = the text names { $name }, and the public log would keep it forever under privacy = "pseudonyms"
privacy-text-names-hint = leave the name out, or write their pseudonym as `council show` prints it
privacy-secret-unused = council.toml sets privacy = "{ $mode }": the secret is used only under privacy = "pseudonyms"
privacy-secret-none = this log has no pseudonym secret yet ({ $path } does not exist)
privacy-secret-none-hint = it is made by the first council under privacy = "pseudonyms"; on a second laptop, `council secret import FILE` brings the first one's
privacy-secret-exists = this log already holds a different pseudonym secret ({ $path }); nothing was changed
privacy-secret-exists-hint = the pseudonyms already written were made with one of the two: keep the one they were made with. Replace it only if the log's pseudonyms come from the imported one: `council secret import --replace FILE` (export the old one first to keep it)
privacy-secret-invalid = { $origin } is not a pseudonym secret: it does not hold 64 hexadecimal digits after `#` comment lines
privacy-secret-invalid-hint = give the file `council secret export` wrote on the other laptop
privacy-export-new-file = give the path of a new file; an existing file is never overwritten

# Written into minutes under privacy = "pseudonyms" or "cards" (the council's language).
minutes-privacy-pseudonyms = People are written as pseudonyms (privacy = "pseudonyms"): each person keeps one pseudonym in every council, so the turns counted are theirs.
minutes-privacy-cards = Attendees are the numbered cards handed out at this council (privacy = "cards"). Cards are not people: the turns and last time's facilitator of earlier councils do not carry over, so nobody was left out for them.

# Free text naming someone, missing or open secret, cards in stats.
privacy-issue-names = the issue names { $name }, and the public log would keep it forever under privacy = "pseudonyms": leave the name out (say what happens, not who)
privacy-withheld = (withheld: it named someone)
privacy-trace-withheld = free text of this council named someone this laptop knows: the public trace says "(withheld: it named someone)" in its place
privacy-secret-missing = this log already holds pseudonyms, but this laptop has no pseudonym secret ({ $path }): a new one would give the same people new pseudonyms
privacy-secret-missing-hint = import the secret from the laptop that made them: there `council secret export FILE`, here `council secret import FILE`. If it is lost for good, `council secret new` starts a new one knowingly (everyone then counts as new)
privacy-secret-new-exists-hint = keep it: the pseudonyms of this log were made with it. To take another laptop's, `council secret import --replace FILE`
privacy-secret-open = the pseudonym secret { $path } can be read by others (mode { $mode }): whoever reads it can test any name against the log's pseudonyms
privacy-secret-open-hint = make it readable only by you: chmod 600 { $path }
stats-cards = { $n } { $n ->
        [one] council
       *[other] councils
    }. Under privacy = "cards" the numbers are cards handed out at each council, not people: turns are not counted across councils by card, and rotation is only as fair as the shuffle of the cards.
privacy-secret-fingerprint = fingerprint of this secret: { $fingerprint } (laptops with equal fingerprints write the same pseudonyms)
