/**
 * Corrections to Payload's Dutch translations, merged over them by `i18n.translations` in the
 * config: the admin speaks with one voice, "je" as the site does (Payload's own texts say "u"),
 * and a few texts that read wrong ("Huidige Concept", "Nieuw(e) Les aanmaken", 'Geen "Expert"').
 * Keys as in @payloadcms/translations' nl; only what changes is here.
 */
export const nlOverrides = {
  authentication: {
    beginCreateFirstUser: 'Maak om te beginnen je eerste gebruiker aan.',
    checkYourEmailForPasswordReset:
      'Als het e-mailadres bij een account hoort, krijg je zo een mail met de stappen om je wachtwoord opnieuw in te stellen. Kijk ook in je map met spam als je hem niet ziet.',
    forgotPasswordEmailInstructions: 'Vul hieronder je e-mailadres in. Je krijgt een mail met de stappen om je wachtwoord opnieuw in te stellen.',
    forgotPasswordUsernameInstructions:
      'Vul hieronder je gebruikersnaam in. De stappen om je wachtwoord opnieuw in te stellen gaan naar het e-mailadres van je account.',
    generatingNewAPIKeyWillInvalidate: 'Een nieuwe API-sleutel maakt de vorige <1>ongeldig</1>. Weet je zeker dat je wilt doorgaan?',
    loggedIn: 'Om met een andere gebruiker in te loggen, moet je eerst <0>uitloggen</0>.',
    loggedInChangePassword: 'Je wachtwoord wijzig je bij <0>je account</0>.',
    loggedOutInactivity: 'Je bent uitgelogd omdat je een tijd niets deed.',
    loggedOutSuccessfully: 'Je bent uitgelogd.',
    loginWithAnotherUser: 'Om met een andere gebruiker in te loggen, moet je eerst <0>uitloggen</0>.',
    newAccountCreated:
      'Er is een account voor je aangemaakt op <a href="{{serverURL}}">{{serverURL}}</a>. Klik op de volgende link, of plak hem in je browser, om je e-mailadres te bevestigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Daarna kun je inloggen.',
    resetYourPassword: 'Stel je wachtwoord opnieuw in',
    verifyYourEmail: 'Bevestig je e-mailadres',
    youAreInactive: 'Je bent al een tijdje niet actief en wordt voor je veiligheid zo uitgelogd. Wil je ingelogd blijven?',
    youAreReceivingResetPassword:
      'Je krijgt deze mail omdat jij (of iemand anders) een nieuw wachtwoord voor je account heeft aangevraagd. Klik op de volgende link, of plak hem in je browser, om verder te gaan:',
    youDidNotRequestPassword: 'Heb je dit niet aangevraagd? Dan kun je deze mail negeren; je wachtwoord blijft hetzelfde.',
  },
  dashboard: {
    discardMessage: 'Je hebt wijzigingen in de indeling van je dashboard die niet bewaard zijn. Weet je zeker dat je ze wilt weggooien?',
    noItems: 'Er staan geen widgets op je dashboard. Je voegt ze toe via het menu "Dashboard" in de bovenste balk.',
  },
  error: {
    deletingTitle: 'Bij het verwijderen van {{title}} ging iets mis. Controleer je verbinding en probeer het opnieuw.',
    documentNotFound: 'Het document met ID {{id}} is niet gevonden. Misschien is het verwijderd, heeft het nooit bestaan of mag je het niet zien.',
    notAllowedToAccessPage: 'Je hebt geen toegang tot deze pagina.',
    notAllowedToPerformAction: 'Je mag dit niet doen.',
    restoringTitle: 'Bij het herstellen van {{title}} ging iets mis. Controleer je verbinding en probeer het opnieuw.',
    unauthorized: 'Je moet ingelogd zijn om dit te doen.',
    unverifiedEmail: 'Bevestig je e-mailadres voor je inlogt.',
  },
  folder: {
    moveItemsToFolderConfirmation: 'Je staat op het punt <1>{{count}} {{label}}</1> te verplaatsen naar <2>{{toFolder}}</2>. Weet je het zeker?',
    moveItemsToRootConfirmation: 'Je staat op het punt <1>{{count}} {{label}}</1> naar de hoofdmap te verplaatsen. Weet je het zeker?',
    moveItemToFolderConfirmation: 'Je staat op het punt <1>{{title}}</1> te verplaatsen naar <2>{{toFolder}}</2>. Weet je het zeker?',
    moveItemToRootConfirmation: 'Je staat op het punt <1>{{title}}</1> naar de hoofdmap te verplaatsen. Weet je het zeker?',
  },
  general: {
    aboutToDelete: 'Je staat op het punt {{label}} <1>{{title}}</1> te verwijderen. Weet je het zeker?',
    aboutToPermanentlyDelete: 'Je staat op het punt {{label}} <1>{{title}}</1> voorgoed te verwijderen. Weet je het zeker?',
    aboutToPermanentlyDeleteTrash: 'Je staat op het punt <0>{{count}}</0> <1>{{label}}</1> voorgoed uit de prullenbak te verwijderen. Weet je het zeker?',
    aboutToRestore: 'Je staat op het punt {{label}} <1>{{title}}</1> te herstellen. Weet je het zeker?',
    aboutToRestoreAsDraft: 'Je staat op het punt {{label}} <1>{{title}}</1> als concept te herstellen. Weet je het zeker?',
    aboutToRestoreAsDraftCount: 'Je staat op het punt {{count}} {{label}} als concept te herstellen',
    aboutToRestoreCount: 'Je staat op het punt {{count}} {{label}} te herstellen',
    aboutToTrash: 'Je staat op het punt {{label}} <1>{{title}}</1> naar de prullenbak te verplaatsen. Weet je het zeker?',
    aboutToTrashCount: 'Je staat op het punt {{count}} {{label}} naar de prullenbak te verplaatsen',
    changesNotSaved: 'Je wijzigingen zijn niet bewaard. Als je weggaat, ben je ze kwijt.',
    copyWarning: 'Je staat op het punt {{to}} te overschrijven met {{from}} voor {{label}} {{title}}. Weet je het zeker?',
    createNewLabel: 'Nieuw: {{label}}',
    documentOutOfDate: 'Iemand anders heeft dit document net bijgewerkt. Wat je ziet is niet meer actueel.',
    moveConfirm: 'Je staat op het punt {{count}} {{label}} te verplaatsen naar <1>{{destination}}</1>. Weet je het zeker?',
    noLabel: 'Geen {{label}}',
    noResultsDescription: 'Er is niets, of niets past bij de filters die je hierboven hebt gekozen.',
    searchBy: 'Zoek op {{label}}',
    or: 'of',
    sorryNotFound: 'Sorry, hier is niets gevonden.',
    unsavedChanges: 'Je hebt wijzigingen die niet bewaard zijn. Bewaar of gooi ze weg voor je verdergaat.',
    unsavedChangesDuplicate: 'Je hebt wijzigingen die niet bewaard zijn. Wil je toch dupliceren?',
    updatedSuccessfully: 'Opgeslagen.',
  },
  version: {
    aboutToRestore: 'Je staat op het punt dit {{label}}-document terug te zetten naar hoe het was op {{versionDate}}.',
    aboutToRestoreGlobal: 'Je staat op het punt {{label}} terug te zetten naar hoe het was op {{versionDate}}.',
    aboutToRevertToPublished: 'Je staat op het punt de wijzigingen van dit document terug te draaien naar de gepubliceerde versie. Weet je het zeker?',
    aboutToUnpublish: 'Je staat op het punt dit document offline te halen. Weet je het zeker?',
    aboutToUnpublishIn: 'Je staat op het punt dit document in {{locale}} offline te halen. Weet je het zeker?',
    currentDraft: 'Huidig concept',
    // As the plain save says "Opgeslagen.": the same word for the same act.
    draftSavedSuccessfully: 'Concept opgeslagen.',
  },
}
