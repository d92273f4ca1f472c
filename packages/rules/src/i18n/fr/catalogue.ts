/**
 * French messages (for Canadian funders and partners), by message key. Text that a rule set
 * generates from other text (fit outcomes, criterion outcome details) is built the same way
 * here, from the French of its parts; `keys.ts` lists every key a locale must cover.
 */
/** Question text by question id: label, help, `option.<value>` and unit. */
const q: Record<string, Record<string, string>> = {
  controversy: {
    label: 'Comment la politique ou le programme est-il perçu?',
    help: 'Est-il largement accepté comme une bonne chose, ou ses résultats risquent-ils d’être contestés par certaines des personnes concernées?',
    'option.widely-supported': 'Largement vu comme une bonne chose; résultats peu susceptibles d’être contestés',
    'option.contested': 'Probablement controversé; résultats susceptibles d’être contestés',
    'option.unsure': 'Pas encore sûr',
  },
  conflictsOfInterest: {
    label: 'Les conflits d’intérêts seront-ils difficiles à gérer?',
    help: 'Les conflits sont les plus difficiles lorsque les décideurs avec qui vous travailleriez sont eux-mêmes responsables de la mise en œuvre du programme étudié.',
    'option.few': 'Peu de conflits de fond (p. ex. les partenaires ne mettent pas en œuvre le programme)',
    'option.hard': 'Probablement difficiles à gérer (p. ex. les partenaires sont responsables de la mise en œuvre)',
    'option.unsure': 'Pas encore sûr',
  },
  useOfFindings: {
    label: 'Les résultats doivent-ils servir directement à une décision?',
    help: 'Le but principal est-il d’utiliser les résultats pour une décision de politique ou de gestion, ou leur usage direct et immédiat importe-t-il moins?',
    'option.direct': 'Le but principal est de les utiliser dans une décision',
    'option.indirect': 'L’usage direct et immédiat importe moins',
    'option.unsure': 'Pas encore sûr',
  },
  independenceValued: {
    label: 'Quelle valeur les bailleurs de fonds ou les utilisateurs accordent-ils à une recherche indépendante et experte?',
    help: 'Certains bailleurs, commanditaires ou utilisateurs font davantage confiance aux résultats d’une recherche « experte » et détachée qu’à un travail mené avec les personnes concernées.',
    'option.few-concerns': 'Peu de crainte que le travail conjoint passe pour des « données au service des politiques »',
    'option.expert-valued': 'Ils placent l’enquête experte et détachée au-dessus des autres savoirs',
    'option.unsure': 'Pas encore sûr',
  },
  programmeDefinition: {
    label: 'La politique ou le programme est-il bien établi?',
    help: 'Faut-il encore le définir, le préciser ou en tester la faisabilité et l’acceptabilité, ou sa nature et son objet sont-ils bien définis et convenus?',
    'option.needs-definition': 'Reste à définir, à préciser ou à tester',
    'option.well-defined': 'Bien défini et convenu',
    'option.unsure': 'Pas encore sûr',
  },
  researchPurpose: {
    label: 'À quoi la recherche sert-elle d’abord?',
    help: 'Trouver la meilleure façon de mettre en œuvre ce qui est déjà décidé n’est pas la même chose que savoir si cela fonctionne.',
    'option.how-to-implement': 'Comment le mettre en œuvre au mieux',
    'option.whether-it-works': 'S’il « fonctionne »',
    'option.unsure': 'Pas encore sûr',
  },
  decisionSpace: {
    label: 'Les résultats pourraient-ils encore arrêter, modifier ou renverser le programme?',
    help: '« Marge de décision » : les décideurs s’engagent à agir selon les résultats et pourraient encore abandonner ou renverser le programme.',
  },
  implementerCooperation: {
    label: 'La recherche peut-elle se faire sans la coopération active des décideurs ou des responsables locaux de la mise en œuvre?',
    help: 'Par exemple, quand il vous faut leurs sites, leur personnel, leurs données ou leurs décisions pour mener l’étude.',
    'option.essential': 'Non : leur coopération active est essentielle',
    'option.less-dependent': 'Oui : la recherche dépend peu d’eux',
    'option.unsure': 'Pas encore sûr',
  },
  relationships: {
    label: 'Les chercheurs et les décideurs se connaissent-ils déjà bien?',
    help: 'De bonnes relations informelles et suivies permettent à une recherche indépendante de rester proche des politiques sans coproduction formelle.',
    'option.need-building': 'La connaissance et la compréhension mutuelles sont à construire',
    'option.good-links': 'De bonnes relations informelles et suivies existent déjà',
    'option.unsure': 'Pas encore sûr',
  },
  resources: {
    label: 'Dispose-t-on du temps, de l’argent et de l’expertise pour associer les principaux acteurs à chaque étape où ils devraient l’être?',
    help: 'La coproduction coûte le temps de nombreuses personnes, des déplacements, des remboursements, de l’administration et le savoir-faire d’animer des groupes mixtes.',
    'option.available': 'Oui, les trois sont disponibles',
    'option.limited': 'L’un ou plusieurs manquent',
    'option.unsure': 'Pas encore sûr',
  },
  partnershipExpertise: {
    label: 'L’équipe a-t-elle accès à une expertise du travail en partenariat?',
    help: 'Des personnes qui ont déjà mené des partenariats de recherche : animation, règles du jeu, gestion des attentes.',
  },
  ppiRequired: {
    label: 'La participation des patients et du public est-elle exigée (par exemple par le bailleur de fonds)?',
    help: 'Lorsque la participation des patients et du public n’est pas négociable, elle doit avoir lieu quoi que suggèrent les autres réponses.',
  },
  stakeholders: {
    label: 'Qui prévoyez-vous d’associer?',
    help: 'Choisissez chaque groupe qui participera à la recherche.',
    'option.policy-makers': 'Décideurs ou commanditaires',
    'option.local-implementers': 'Responsables locaux de la mise en œuvre ou gestionnaires de services',
    'option.service-users': 'Usagers, patients ou public',
    'option.practitioners': 'Praticiens ou cliniciens',
  },
  motivations: {
    label: 'Pourquoi voulez-vous coproduire?',
    help: 'Choisissez toutes les raisons qui s’appliquent. Les nommer aide à vérifier si la coproduction est le meilleur moyen de les atteindre.',
    'option.substantive': 'Une recherche meilleure et plus pertinente (substantielle)',
    'option.instrumental': 'Des résultats qui servent (instrumentale)',
    'option.normative': 'C’est juste : équité, reddition de comptes (normative)',
    'option.political': 'Appropriation, légitimité, confiance ou autonomisation (politique)',
  },
  engagementMode: {
    label: 'Jusqu’où prévoyez-vous de les associer?',
    help: 'Du simple partage des résultats à la fin jusqu’à un partenariat complet qui co-oriente les questions et co-interprète les résultats.',
    'option.recipients': 'Ils reçoivent les résultats',
    'option.soft-networks': 'Conseils informels par des réseaux personnels',
    'option.commissioned': 'Recherche commandée par eux, pour un usage direct',
    'option.partnership': 'Un partenariat complet : co-orientation, co-apprentissage, co-interprétation',
  },
  expectedBenefits: {
    label: 'Quels bénéfices attendez-vous de la coproduction?',
    help: 'Les bénéfices habituellement revendiqués. En choisir un invite à vérifier l’hypothèse qui le sous-tend.',
    'option.mutual-understanding': 'Décloisonner chercheurs et décideurs',
    'option.skills': 'Des compétences en recherche pour les décideurs, en politiques pour les chercheurs',
    'option.openness': 'Une recherche ouverte à plus de participants',
    'option.relevance': 'Des résultats jugés plus pertinents et utiles',
    'option.use': 'Des résultats plus utilisés, avec un impact plus direct',
  },
  readiness: {
    label: 'Lesquels de ces éléments sont déjà en place?',
    help: 'Conditions préalables et gouvernance dont les partenariats ont besoin. Choisissez tout ce qui est déjà convenu ou vrai.',
    'option.trust': 'Un respect et une confiance mutuels raisonnables',
    'option.power': 'Une répartition raisonnable du pouvoir',
    'option.task-allocation': 'Une répartition convenue des tâches',
    'option.protocols': 'Des règles sur les décisions, les différends, les conflits d’intérêts, la publication, l’éthique et l’accès à l’information',
    'option.incentives': 'Des incitatifs à participer pour chacun',
    'option.training': 'De la formation pour les chercheurs, les bailleurs et les partenaires',
    'option.exit': 'Une façon de mettre fin au partenariat ou de s’en retirer',
    'option.facilitation': 'Une animation financée et une gestion des attentes',
  },
  alternativesConsidered: {
    label: 'Avez-vous comparé la coproduction à d’autres façons d’atteindre les mêmes buts?',
    help: 'Par exemple la consultation, une recherche indépendante qui reste en lien étroit avec les politiques, ou une analyse interne.',
  },
  evaluationPlanned: {
    label: 'Évaluerez-vous comment la coproduction change la recherche et ce qu’elle accomplit?',
    help: 'On sait peu de chose de ce que la coproduction accomplit; évaluer votre propre projet y contribue.',
  },
  stakeholderGroups: {
    label: 'Combien de groupes d’acteurs distincts feront partie de l’équipe?',
    help: 'Comptez les groupes aux intérêts différents, p. ex. commanditaires, cliniciens, patients, gestionnaires.',
    unit: 'groupes',
  },
  powerImbalance: {
    label: 'Certains partenaires sont-ils beaucoup plus puissants que d’autres?',
    help: 'Par exemple, ils financent le travail, contrôlent l’accès aux données ou aux sites, ou décident de la politique.',
  },
  agencyControls: {
    label: 'Un organisme public finance-t-il le travail, fournit-il le personnel et contrôle-t-il le processus politique?',
    help: 'Quand un seul partenaire paie, fournit le personnel et décide, le travail en partenariat change.',
  },
  leadResearcher: {
    label: 'Qui portera l’essentiel du travail de coproduction?',
    help: 'Les coûts de la coproduction retombent souvent sur ceux qui peuvent le moins les supporter.',
    'option.senior-permanent': 'Des chercheurs chevronnés en poste permanent',
    'option.mid-career': 'Des chercheurs en milieu de carrière',
    'option.junior-or-temporary': 'Des chercheurs débutants ou du personnel en contrat temporaire',
  },
  needsNovelty: {
    label: 'La recherche doit-elle être originale et publiable, p. ex. pour des carrières universitaires ou une thèse?',
    help: 'Les questions fixées avec des partenaires peuvent être utiles localement mais difficiles à publier.',
  },
  facilitationBudget: {
    label: 'Existe-t-il un budget pour le temps des partenaires, les déplacements, les remboursements et l’administration?',
    help: 'Ce travail s’ajoute souvent à la recherche sans que rien ne soit prévu pour lui.',
  },
  decisionDueMonths: {
    label: 'Dans combien de mois la décision que la recherche doit éclairer sera-t-elle prise?',
    help: 'Votre meilleure estimation. Indiquez la valeur la plus longue s’il n’y a pas de décision fixée.',
    unit: 'mois',
  },
  researchMonths: {
    label: 'Combien de mois la recherche prendra-t-elle pour livrer ses résultats?',
    help: 'Incluez le temps supplémentaire pour recruter et mobiliser les partenaires.',
    unit: 'mois',
  },
  partnerResources: {
    label: 'La collecte de données exigera-t-elle du temps du personnel des partenaires ou l’accès à leurs sites?',
    help: 'Demander leurs ressources aux partenaires peut tendre les relations, surtout avec les partenaires puissants.',
  },
  partnersAnalyse: {
    label: 'Les partenaires aideront-ils à analyser ou à interpréter les données?',
    help: 'L’analyse conjointe exige de la formation et des données préparées de manière à respecter l’éthique de la recherche.',
  },
  identifiableParticipants: {
    label: 'Les partenaires pourraient-ils savoir qui a participé ou ce que chacun a dit (p. ex. leur propre personnel)?',
    help: 'Les partenaires peuvent vouloir savoir qui a participé; l’éthique de la recherche l’interdit.',
  },
  publication: {
    label: 'Qu’est-il convenu au sujet de la publication des résultats?',
    help: 'Qui peut publier quoi, et quand, y compris les résultats mal accueillis.',
    'option.researchers-free': 'Les chercheurs peuvent publier tous les résultats, selon un calendrier convenu',
    'option.partner-approval': 'Les partenaires doivent approuver la publication',
    'option.not-agreed': 'Rien n’est encore convenu',
  },
  implementationRole: {
    label: 'Les chercheurs aideront-ils à mettre les résultats en pratique?',
    help: 'Les partenaires peuvent attendre de l’aide pour la mise en œuvre; les chercheurs peuvent vouloir rester les défenseurs des données probantes, non d’un changement.',
  },
  brokeringAim: {
    label: 'Que doit accomplir le courtage de connaissances?',
    help: 'Faire utiliser la recherche existante (p. ex. des synthèses de données probantes) demande moins que favoriser la collaboration pour créer ensemble de nouvelles connaissances.',
    'option.use-existing': 'Une meilleure utilisation de la recherche existante',
    'option.new-knowledge': 'De la collaboration et de nouvelles connaissances coproduites',
  },
  organisations: {
    label: 'Entre quelles organisations le courtage s’exercera-t-il?',
    help: 'Une seule organisation, plusieurs organisations du même type, ou deux milieux différents comme les universités et les commanditaires.',
    'option.one': 'Au sein d’une seule organisation',
    'option.similar': 'Plusieurs organisations semblables',
    'option.two-communities': 'Deux milieux différents (p. ex. recherche et politiques)',
  },
  professions: {
    label: 'Le courtage exige-t-il plusieurs professions ou disciplines?',
    help: 'Un courtier de la même profession que les personnes à influencer, ou un ensemble de disciplines.',
    'option.one-profession': 'Une seule profession suffit',
    'option.several': 'Plusieurs professions ou disciplines sont nécessaires',
  },
  existingAgency: {
    label: 'Existe-t-il un organisme ou intermédiaire indépendant qui pourrait assumer un mandat de courtage?',
    help: 'Par exemple un institut de recherche, un groupe de réflexion ou un organisme intermédiaire qui relie déjà recherche et politiques.',
  },
  settingStability: {
    label: 'Les organisations concernées sont-elles stables?',
    help: 'Les restructurations, les difficultés financières ou des priorités sans cesse changeantes rendent les modèles intégrés difficiles à maintenir.',
    'option.stable': 'Établies, solvables et stables',
    'option.turbulent': 'Moins aisées ou instables',
  },
  ringFencedFunding: {
    label: 'Existe-t-il un financement sûr et réservé pour au moins deux ans?',
    help: 'L’équipe intégrée étudiée disposait d’un financement à long terme qui ne pouvait être détourné.',
  },
  annualBudget: {
    label: 'Combien pourrait-on consacrer au courtage chaque année (en livres sterling)?',
    help: 'L’équipe intégrée étudiée (six courtiers détachés à temps partiel en deux vagues de recrutement, plus une gestionnaire) coûtait environ 150 000 GBP par an.',
    unit: 'GBP par an',
  },
  seniorSupport: {
    label: 'Des dirigeants des deux milieux appuient-ils le projet, avec des relations de travail déjà établies?',
    help: 'L’appui des dirigeants permet au personnel moins ancien de participer et aux équipes d’accueil d’adapter leur travail.',
  },
  alliesPerBroker: {
    label: 'Combien d’alliés ou de champions chaque courtier aura-t-il dans l’organisation d’accueil?',
    help: 'Des personnes qui expliquent le terrain, présentent des contacts et prêtent leur crédibilité. Les courtiers réussissaient mieux avec au moins deux.',
  },
  embedding: {
    label: 'Les courtiers peuvent-ils être intégrés et installés dans l’organisation d’accueil, dans les deux sens?',
    help: 'Des chercheurs placés auprès des décideurs et des décideurs placés auprès des chercheurs, à un poste dans leurs équipes.',
  },
  secondment: {
    label: 'Quels détachements sont possibles?',
    help: 'Dans l’équipe étudiée, les courtiers étaient détachés à temps partiel (un à trois jours par semaine) pendant deux ans.',
    'option.none': 'Aucun',
    'option.short': 'Moins de deux ans',
    'option.part-time-two-years': 'À temps partiel (1 à 3 jours par semaine) pendant environ deux ans',
  },
  teamManager: {
    label: 'Une gestionnaire ou un gestionnaire disposant de temps dédié dirigera-t-il les courtiers, avec des rencontres régulières?',
    help: 'Une gestion collaborative et des réunions d’équipe aux deux semaines ont soutenu les courtiers étudiés.',
  },
  staffTurnover: {
    label: 'Les personnes-ressources clés de l’organisation d’accueil changent-elles souvent?',
    help: 'Un courtier qui perd la personne-ressource qui le soutenait peut se retrouver bloqué.',
    'option.low': 'Rarement',
    'option.high': 'Souvent',
  },
};

/** A rule set's text by key (`rule.<id>`, …); entries of one item are grouped (`'outcome.<id>': { label, detail }`). */
type Section = Record<string, string | Record<string, string>>;

const criteria: Section = {
  'rs.title': 'Ce projet devrait-il privilégier la coproduction?',
  'rs.description': 'Confronte le projet aux critères publiés qui invitent à accorder plus ou moins de place à la coproduction avec les décideurs (responsables des politiques et gestionnaires de services). Chaque critère compte pour un point dans un sens ou dans l’autre, et les seuils entre les verdicts sont un choix propre à cet outil : les sources ne donnent pas de pondération et présentent ces critères comme des réflexions préliminaires; le verdict indique donc de quel côté penchent les réponses et pourquoi, non ce que vous devez faire.',
  'rule.controversy-more': 'Le programme est largement accepté; travailler de près avec les décideurs risque moins de nuire à la réception des résultats.',
  'rule.controversy-less': 'Quand un programme est controversé et que les résultats seront contestés, un partenariat étroit avec une des parties peut miner la crédibilité de la recherche.',
  'rule.conflicts-more': 'Les partenaires ne sont pas jugés sur la réussite du programme; le travail commun risque moins d’être tiré vers une réponse souhaitée.',
  'rule.conflicts-less': 'Des partenaires responsables de la mise en œuvre du programme ont un intérêt dans le résultat, ce qui rend difficile un cadrage équilibré des questions et des résultats.',
  'rule.use-more': 'Le but principal est d’utiliser les résultats dans des décisions de politique ou de gestion, ce à quoi sert l’engagement étroit des décideurs.',
  'rule.use-less': 'Si les résultats n’ont pas à éclairer directement et rapidement une décision, la principale raison d’associer étroitement les décideurs s’affaiblit.',
  'rule.independence-more': 'Personne ne craint particulièrement que le travail conjoint soit perçu comme des « données au service des politiques ».',
  'rule.independence-less': 'Les bailleurs ou les utilisateurs placent l’enquête experte et détachée au-dessus des autres savoirs; des résultats coproduits risquent d’avoir moins de poids à leurs yeux.',
  'rule.definition-more': 'Un programme qui doit encore être défini, précisé ou testé gagne à profiter du savoir de ceux qui le mettront en œuvre et l’utiliseront.',
  'rule.definition-less': 'Quand le programme est déjà bien défini et convenu, les partenaires ont moins à façonner.',
  'rule.purpose-more': 'Trouver comment mettre en œuvre au mieux un programme décidé est là où les partenaires apportent le plus.',
  'rule.purpose-less': 'Quand la question est de savoir si le programme fonctionne et que la décision peut encore aller dans un sens ou dans l’autre, l’indépendance protège la réponse.',
  'rule.cooperation-more': 'La recherche peut difficilement se faire sans la coopération active des décideurs ou des responsables locaux; les associer est pratique autant qu’utile.',
  'rule.cooperation-less': 'La recherche peut se faire sans grande coopération des décideurs ou des responsables de la mise en œuvre; il est moins nécessaire de les associer.',
  'rule.relationships-more': 'Chercheurs et décideurs doivent mieux se comprendre, ce que le travail commun peut construire.',
  'rule.relationships-less': 'Avec de bonnes relations informelles et suivies, une recherche indépendante tenue à une « distance rapprochée » peut suffire, en gardant les rôles distincts et la recherche crédible.',
  'rule.resources-more': 'Il y a assez de temps, d’argent et d’expertise pour associer les principaux acteurs à chaque étape appropriée.',
  'rule.resources-less': 'Le temps, l’argent ou l’expertise manquent; les acteurs ne pourraient pas être associés correctement à chaque étape.',
  'rule.partnership-expertise': 'L’accès à des personnes expérimentées dans le travail en partenariat rend la coproduction plus faisable.',
  'rule.no-partnership-expertise': 'Sans expertise du partenariat, les exigences pratiques de la coproduction retombent sur des personnes qui n’y sont pas formées.',
  'rule.ppi-mandate': 'La participation des patients et du public exigée par un bailleur n’est pas facultative, quoi que disent les autres critères.',
  'rule.consider-alternatives': 'Certaines réponses éloignent de la coproduction; d’autres approches peuvent atteindre les mêmes buts à moindre coût.',
  'rule.two-step-not-done': 'La démarche recommandée comporte deux étapes : décider si la coproduction aide à atteindre les buts, puis vérifier si d’autres approches feraient aussi bien ou mieux.',
  'rule.no-evaluation': 'Les données sur ce qu’accomplit la coproduction sont minces; les sources conseillent une approche prudente qui en évalue les effets.',
  'rule.political-motive': 'Les buts politiques (appropriation, légitimité, confiance) sont souvent passés sous silence, alors que les auteurs y voient peut-être la raison la plus importante pour laquelle les chercheurs coproduisent, et une raison qui mérite une attention sérieuse. Lorsqu’un organisme chargé des politiques recourt à la coproduction pour légitimer sa façon d’élaborer les politiques, celle-ci pourrait devenir une coproduction de façade.',
  'rule.other-means': 'La plupart des buts substantiels, instrumentaux et normatifs peuvent aussi être atteints par d’autres moyens que la coproduction.',
  'rule.tokenism-risk': 'Rechercher la légitimité sans partage raisonnable du pouvoir expose à une coproduction de façade.',
  'rule.partnership-short-resources': 'Le partenariat complet est le mode le plus exigeant; avec peu de temps, d’argent ou d’expertise, il risque de ne pas tenir ses promesses.',
  'rule.partnership-mode': 'Un vrai partenariat signifie co-apprendre, co-orienter les questions et co-interpréter les données, sur un pied d’égalité; une contribution financière des partenaires en est souvent un signe.',
  'rule.shallower-mode': 'Partager les résultats, demander des conseils informels et faire de la recherche commandée sont des façons reconnues de s’engager qui coûtent moins qu’un partenariat.',
  'rule.between-implementers-and-policy': 'Associer les usagers et les responsables locaux peut avoir plus de sens qu’associer les décideurs, mais faire les deux peut placer les chercheurs entre deux feux.',
  'rule.parity-of-esteem': 'Un partenariat avec du personnel politique pose la question de savoir si les chercheurs de carrière doivent accorder le même poids à un personnel politique moins expérimenté.',
  'rule.prior-conditions-missing': 'La coproduction exige, avant de commencer, un respect et une confiance mutuels raisonnables et une répartition raisonnable du pouvoir.',
  'rule.protocols-missing': 'Convenez, avant de commencer, de règles sur les décisions, les différends, les conflits d’intérêts, la publication, l’éthique et l’accès à l’information.',
  'rule.governance-gaps': 'Gouvernance à régler : qui fait quelle tâche, ce qui rend la participation intéressante, la formation nécessaire et la façon de mettre fin au partenariat.',
  'rule.facilitation-missing': 'Une approche prudente investit dans une bonne animation, la gestion des attentes et des règles du jeu.',
  'rule.test-use-assumptions': 'Attendre plus d’utilisation suppose que les résultats sont aujourd’hui sous-utilisés, que le travail commun est la solution, qu’il fait mieux que la recherche interne ou indépendante et qu’il produira des résultats définitifs et exploitables.',
  'rule.test-process-assumptions': 'Attendre de meilleures relations suppose que les ressources doivent y aller, que tous vivront positivement la démarche, qu’elle nivelle le pouvoir d’elle-même et qu’elle fonctionne partout de la même façon.',
  'rule.contested-partnership': 'Dans un domaine contesté, le partenariat peut rendre plus difficile la production et la publication de résultats inattendus ou mal accueillis, et rétrécir les données probantes.',
  'rule.over-emphasis': 'Des résultats produits par un partenariat en vue d’une décision risquent de recevoir plus de poids que les autres données probantes.',
  'outcome.more-controversy.label': 'Résultats peu susceptibles d’être contestés',
  'outcome.less-controversy.label': 'Résultats susceptibles d’être contestés',
  'outcome.more-conflicts.label': 'Peu de conflits d’intérêts',
  'outcome.less-conflicts.label': 'Conflits d’intérêts difficiles à gérer',
  'outcome.more-use.label': 'Les résultats doivent servir à une décision',
  'outcome.less-use.label': 'L’usage direct importe moins',
  'outcome.more-independence.label': 'Peu de crainte de « données au service des politiques »',
  'outcome.less-independence.label': 'L’enquête experte et détachée est valorisée',
  'outcome.more-definition.label': 'Programme encore en construction',
  'outcome.less-definition.label': 'Programme bien défini',
  'outcome.more-purpose.label': 'La recherche porte sur la mise en œuvre',
  'outcome.less-purpose.label': 'La recherche teste si cela fonctionne, avec marge de décision',
  'outcome.more-cooperation.label': 'Exige la coopération active des responsables de la mise en œuvre',
  'outcome.less-cooperation.label': 'La recherche ne dépend pas des responsables de la mise en œuvre',
  'outcome.more-relationships.label': 'La compréhension mutuelle est à construire',
  'outcome.less-relationships.label': 'De bonnes relations informelles existent déjà',
  'outcome.more-resources.label': 'Temps, argent et expertise disponibles',
  'outcome.less-resources.label': 'Temps, argent ou expertise limités',
  'outcome.more-partnership-expertise': {
    label: 'Expertise du partenariat disponible',
    detail: 'L’accès à une expertise du travail en partenariat plaide pour plus de place à la coproduction.',
  },
  'outcome.find-partnership-expertise': {
    label: 'Trouver une expertise du partenariat',
    detail: 'Personne dans l’équipe n’a encore mené de partenariat de recherche : faites appel à cette expertise ou prévoyez de la formation.',
  },
  'outcome.ppi-required': {
    label: 'La participation des patients et du public est exigée',
    detail: 'Associez les patients et le public comme exigé, quel que soit le verdict sur la coproduction avec les décideurs.',
  },
  'outcome.alternatives': {
    label: 'Envisager d’autres approches',
    detail: 'La consultation, une recherche indépendante tenue à une « distance rapprochée » des décideurs ou une analyse interne peuvent atteindre les buts aussi bien, à moindre coût et avec une indépendance plus nette.',
  },
  'outcome.do-step-two': {
    label: 'Comparer avec d’autres approches',
    detail: 'Avant de vous engager, vérifiez si des approches consultatives, indépendantes ou internes atteindraient les mêmes buts aussi bien ou mieux.',
  },
  'outcome.evaluate': {
    label: 'Prévoir d’évaluer la coproduction',
    detail: 'Intégrez une évaluation de la façon dont la coproduction change la recherche et ses résultats, ainsi que de ses coûts et bénéfices.',
  },
  'outcome.name-political-aims': {
    label: 'Discuter ouvertement des buts politiques',
    detail: 'Si la légitimité, l’appropriation ou la confiance sont des buts, dites-le et discutez-en avec les partenaires; les auteurs notent que ces buts sont rarement énoncés, bien qu’ils puissent être les plus importants.',
  },
  'outcome.other-means': {
    label: 'D’autres moyens peuvent servir ces buts',
    detail: 'Une meilleure recherche, l’utilisation des résultats et l’équité peuvent souvent être poursuivies sans coproduction complète : vérifiez quels buts l’exigent vraiment.',
  },
  'outcome.tokenism': {
    label: 'Risque de coproduction de façade',
    detail: 'Une coproduction recherchée pour la légitimité sans partage du pouvoir risque d’être de façade.',
  },
  'outcome.partnership-underfunded': {
    label: 'Un partenariat sans les moyens',
    detail: 'Réunissez le temps, l’argent et l’expertise qu’exige un partenariat, ou choisissez un mode d’engagement moins exigeant.',
  },
  'outcome.authentic-partnership': {
    label: 'Ce qu’implique un vrai partenariat',
    detail: 'Prévoyez le co-apprentissage, la co-orientation des questions et de la démarche, et l’interprétation conjointe, sur un pied d’égalité entre co-chercheurs.',
  },
  'outcome.shallower-mode': {
    label: 'Un mode d’engagement plus léger',
    detail: 'Le mode prévu s’arrête avant le partenariat; c’est un choix légitime quand les critères penchent contre la coproduction.',
  },
  'outcome.awkward-spot': {
    label: 'Entre responsables de la mise en œuvre et décideurs',
    detail: 'Décidez quelle participation compte le plus; les chercheurs peuvent se retrouver dans une position délicate entre responsables de la mise en œuvre et décideurs.',
  },
  'outcome.parity': {
    label: 'Parité d’estime',
    detail: 'Convenez de la façon de pondérer l’expertise des chercheurs et celle du personnel politique avant que des désaccords surgissent.',
  },
  'outcome.prior-conditions': {
    label: 'Conditions préalables absentes',
    detail: 'La confiance mutuelle et un équilibre raisonnable du pouvoir sont des conditions préalables à la coproduction; sans elles, construisez-les d’abord ou choisissez une autre approche.',
  },
  'outcome.protocols': {
    label: 'Convenir des règles du jeu',
    detail: 'Mettez par écrit comment les décisions sont prises, les différends réglés, les conflits d’intérêts gérés, les résultats publiés et l’information partagée.',
  },
  'outcome.governance': {
    label: 'Gouvernance encore à régler',
    detail: 'Réglez la répartition des tâches, les incitatifs, la formation et les modalités de sortie.',
  },
  'outcome.facilitation': {
    label: 'Financer l’animation',
    detail: 'Prévoyez un budget pour une animation compétente et pour la gestion des attentes de chacun.',
  },
  'outcome.test-use-assumptions': {
    label: 'Vérifier les hypothèses derrière « plus d’utilisation »',
    detail: 'Vérifiez que les résultats sont vraiment sous-utilisés, que le travail commun est la solution, qu’il fait mieux que la recherche interne ou indépendante et que des résultats définitifs sont probables.',
  },
  'outcome.test-process-assumptions': {
    label: 'Vérifier les hypothèses derrière « de meilleures relations »',
    detail: 'Vérifiez que les dépenses consacrées aux relations sont justifiées, que tous les partenaires vivront positivement la démarche, que les déséquilibres de pouvoir seront traités délibérément et que la démarche convient à ce contexte.',
  },
  'outcome.negative-findings': {
    label: 'Résultats mal accueillis menacés',
    detail: 'Convenez d’avance que les résultats inattendus ou négatifs seront publiés; méfiez-vous de la pensée de groupe et de l’autocensure.',
  },
  'outcome.over-emphasis': {
    label: 'Ne pas surpondérer les résultats coproduits',
    detail: 'Pesez les résultats aux côtés des autres données probantes, pas au-dessus.',
  },
  'band.favour': {
    label: 'Privilégier la coproduction avec les décideurs',
    summary: 'La plupart des réponses correspondent aux conditions dans lesquelles les sources recommandent plus de place à la coproduction avec les décideurs. Vérifiez la préparation et les coûts avant de vous engager.',
  },
  'band.conditional': {
    label: 'Coproduction avec les décideurs seulement sous conditions',
    summary: 'Les réponses ne tranchent pas la question. La coproduction peut convenir, mais seulement si les compromis ci-dessous sont gérés; comparez-la avec d’autres approches.',
  },
  'band.conditional.summary': {
    mixed: 'Les réponses vont dans les deux sens : certaines vers plus de place à la coproduction avec les décideurs, d’autres vers moins. Elle peut convenir, mais seulement si les compromis ci-dessous sont gérés; comparez-la avec d’autres approches.',
    weak: 'Trop peu de réponses penchent d’un côté ou de l’autre pour se prononcer pour ou contre la coproduction avec les décideurs. Répondez aux questions en suspens; en attendant, comparez-la avec d’autres approches.',
    capped: 'Les réponses d’ordre pratique sont favorables à la coproduction, mais aucune des réponses sur la nature et le but de la recherche ne va encore dans son sens (à quel point elle est contestée, les conflits d’intérêts, l’usage des résultats, la valeur accordée à l’indépendance, le degré de définition du programme, ce à quoi sert la recherche). Pour pencher en faveur de la coproduction, il faut qu’au moins l’une d’elles aille dans ce sens.',
  },
  'band.less-emphasis': {
    label: 'Moins de place à la coproduction avec les décideurs',
    summary: 'La plupart des réponses correspondent aux conditions dans lesquelles les sources conseillent moins de place à la coproduction avec les décideurs. Une recherche indépendante bien reliée aux décideurs, ou la consultation, peut mieux servir.',
  },
  'ref.definition': {
    title: 'Ce que veut dire coproduction ici',
    text: 'La coproduction, aussi appelée application des connaissances intégrée, est une recherche où les utilisateurs des connaissances (conseillers politiques, prestataires, patients ou public) travaillent de près avec les chercheurs tout au long du processus : priorités et questions, devis, collecte de données, analyse, interprétation et diffusion. C’est une forme des approches plus larges de « liaison et échange ».',
  },
  'ref.two-step': {
    title: 'La démarche en deux étapes',
    text: 'D’abord, décider si la coproduction aidera probablement la recherche à atteindre ses buts précis et choisir des stratégies pour ces buts. Ensuite, se demander si d’autres approches atteindraient les mêmes buts aussi bien ou mieux. Chercheurs, décideurs, bailleurs et représentants des usagers partagent cette responsabilité.',
  },
  'ref.caution': {
    title: 'Une approche prudente',
    text: 'Les données sur ce qu’accomplit la coproduction et comment sont rares; abordez-la de façon réflexive : pesez les coûts et les bénéfices pour chacun et évaluez comment elle change les résultats.',
  },
  'ref.exception': {
    title: 'La coproduction pourrait rester l’exception',
    text: 'Les initiatives de coproduction pourraient rester l’exception plutôt que la règle; savoir si cela importe est une question ouverte.',
  },
  'ref.benefits': {
    title: 'Les bénéfices habituellement revendiqués',
    text: 'Une meilleure compréhension mutuelle, de nouvelles compétences de part et d’autre, une recherche ouverte à plus de gens, des résultats jugés plus pertinents et utilisés plus directement. Ce sont des affirmations à vérifier, non des garanties.',
  },
  'ref.scope': {
    title: 'À quoi ces critères étaient destinés',
    text: 'Les critères ont été conçus en particulier pour des évaluations coproduites avec des responsables des politiques et des gestionnaires de services. Pour d’autres recherches, ou avec des patients et le public comme partenaires, utilisez-les avec prudence.',
  },
  'ref.limits-of-tools': {
    title: 'Ce qu’aucun outil ne peut faire',
    text: 'Bien des tensions de la coproduction tiennent au pouvoir, et aucun outil, cadre ou processus ne peut les éliminer par sa conception. Servez-vous de ces conseils pour soutenir une discussion ouverte et réflexive entre toutes les personnes concernées sur le moment et la façon de coproduire, non pour la remplacer.',
  },
  'ref.no-guarantee': {
    title: 'Aucune garantie d’une utilisation plus facile',
    text: 'Rien ne garantit que des données probantes coproduites soient plus faciles à produire ou à utiliser dans les politiques que d’autres données : l’image de « deux mondes », celui de la recherche et celui des politiques, séparés par un « fossé entre savoir et action », est au mieux une simplification excessive.',
  },
  'ref.within-government': {
    title: 'La coproduction au sein d’une seule organisation',
    text: 'La coproduction ne se joue pas forcément entre des chercheurs externes et un organisme : on peut concevoir qu’elle soit nécessaire au sein d’une seule organisation, comme un ministère, entre ses analystes (statisticiens, économistes, chercheurs en sciences sociales) et ses conseillers politiques.',
  },
  'ref.rationale-engagement': {
    title: 'S’éloigner de l’évaluation détachée',
    text: 'Une des raisons avancées en faveur de la coproduction est d’ordre intellectuel : Greenhalgh et Russell (2010) soutiennent qu’une évaluation indépendante et détachée peut empêcher les évaluateurs de se saisir des enjeux qu’exige une compréhension utile aux politiques.',
  },
};

const costs: Section = {
  'rs.title': 'Que pourrait coûter la coproduction à ce projet?',
  'rs.description': 'Un registre des risques : chaque réponse qui évoque un coût connu de la coproduction le signale, avec l’étape du projet où il se fait sentir, sa catégorie, une gravité et des façons de le réduire. Les coûts et les étapes viennent de l’expérience des auteurs et d’une seule étude de cas; c’est une liste de vérification, non une prévision. Les gravités et les seuils entre les niveaux sont des choix propres à cet outil, non aux sources.',
  'rule.team-dominance': 'Les acteurs ne forment pas un groupe homogène et peuvent être en désaccord; dans les équipes mixtes, les « habitués » peuvent prendre le dessus, ce qui ralentit le travail et menace les décisions partagées.',
  'rule.conflict-burnout': 'Les déséquilibres de pouvoir dans une équipe mixte se traduisent par des conflits et des conversations difficiles, qui exigent un travail émotionnel et exposent au stress et à l’épuisement.',
  'rule.novelty': 'Les questions fixées avec les partenaires peuvent être utiles mais peu originales ou locales, donc difficiles à publier quand l’originalité est requise.',
  'rule.co-option': 'Des partenaires qui ont un intérêt dans la réponse peuvent utiliser la recherche pour justifier le statu quo ou des décisions passées, au détriment de l’indépendance et de la crédibilité des chercheurs.',
  'rule.framing-pressure': 'Les chercheurs peuvent subir des pressions pour présenter les résultats d’une certaine façon, ce qui les déforme.',
  'rule.data-pressure': 'Presser les partenaires de fournir du temps de personnel ou l’accès à leurs sites peut nuire aux relations, surtout avec les partenaires puissants.',
  'rule.data-pressure-powerful': 'La relation la plus menacée est celle avec les partenaires les plus puissants, et ce sont eux à qui l’on demande des ressources.',
  'rule.joint-analysis': 'Les partenaires qui aident à analyser les données ont besoin de formation, et les données doivent être préparées de manière à respecter l’éthique de la recherche.',
  'rule.ethics': 'Les partenaires peuvent vouloir savoir qui a participé ou ce que chacun a dit, ce qui enfreindrait l’éthique de la recherche.',
  'rule.publication-approval': 'Si les partenaires doivent approuver la publication, les résultats mal accueillis peuvent être étouffés et les chercheurs réduits au silence.',
  'rule.publication-unagreed': 'Sans entente, les partenaires peuvent diffuser les résultats trop tôt ou bloquer ceux qui dérangent, au détriment de la crédibilité de la démarche.',
  'rule.implementation-gap': 'Des partenaires qui attendent de l’aide pour mettre les résultats en pratique peuvent être déçus si les chercheurs s’y intéressent peu, et la mise en œuvre peut échouer.',
  'rule.implementation-advocacy': 'Aider à la mise en œuvre crée une tension entre défendre la recherche et défendre un changement.',
  'rule.too-late': 'Les résultats arriveraient après la décision qu’ils doivent éclairer; dans le cas de la télésanté, un rapport qui a pris deux ans était attendu 18 mois plus tôt et a peu changé les choses.',
  'rule.no-budget': 'Le temps des partenaires, les déplacements, les remboursements et l’administration coûtent de l’argent; sans financement, ce travail s’ajoute à la recherche.',
  'rule.limited-resources': 'Avec peu de temps, d’argent ou d’expertise, les coûts pratiques retombent sur ceux qui ont le moins de marge pour les absorber.',
  'rule.junior-lead': 'La coproduction prend du temps aux demandes de subvention, aux articles et à l’enseignement, sans grande garantie de reconnaissance; selon l’expérience des auteurs, ses coûts retombent souvent sur ceux qui peuvent le moins les supporter : les chercheurs les plus débutants, ceux en poste temporaire, les femmes et/ou les chercheurs racisés.',
  'rule.junior-unresourced': 'Le travail de coproduction s’ajoute souvent à la recherche sans ressources prévues pour lui; quand il retombe sur du personnel débutant ou temporaire, ce travail supplémentaire et les conflits qu’il entraîne font courir un risque sérieux de stress et d’épuisement à ceux qui sont le moins à même de les absorber.',
  'rule.partisan': 'Là où l’indépendance est prisée, un partenariat étroit peut faire paraître les chercheurs partisans et la recherche comme un groupe de pression de plus, ce qui réduit la confiance envers la science.',
  'rule.service-users': 'Les participants prennent du temps sur leurs propres obligations, peuvent se sentir ignorés ou utilisés si leur contribution est triée sur le volet, et être découragés de participer de nouveau.',
  'rule.policy-vulnerability': 'Les décideurs qui partagent leurs incertitudes, leurs lacunes d’orientation ou leurs erreurs se rendent vulnérables.',
  'rule.relationship-work': 'Le partenariat suppose d’investir dans des relations sans résultat garanti, d’échanger des faveurs et de gérer des relations tendues.',
  'rule.agency-power': 'Quand un organisme finance le travail, fournit le personnel et contrôle le processus politique, le travail en partenariat est façonné par ce pouvoir.',
  'outcome.team-dominance': {
    label: 'Voix dominantes et décisions plus lentes',
    detail: 'Les équipes mixtes prennent plus de temps, et quelques voix peuvent dominer les décisions partagées.',
  },
  'outcome.personal': {
    label: 'Conflits, stress et épuisement',
    detail: 'Attendez-vous à des conversations difficiles et à du travail émotionnel; prévoyez du soutien pour les personnes qui l’assument.',
  },
  'outcome.research-quality': {
    label: 'Questions peu originales ou impubliables',
    detail: 'Les questions fixées avec les partenaires peuvent être banales, locales ou répétitives, et servir des intérêts dominants.',
  },
  'outcome.co-option': {
    label: 'Recherche récupérée',
    detail: 'La recherche peut servir à justifier des décisions déjà prises, au prix de l’indépendance, de la crédibilité et des carrières.',
  },
  'outcome.framing': {
    label: 'Pressions sur la présentation des résultats',
    detail: 'Les résultats peuvent être déformés sous la pression de partenaires qui y ont un intérêt.',
  },
  'outcome.data-pressure': {
    label: 'Tension liée aux ressources demandées aux partenaires',
    detail: 'Demander du temps de personnel ou l’accès aux sites peut nuire aux relations.',
  },
  'outcome.data-pressure-powerful': {
    label: 'Relations avec les partenaires puissants menacées',
    detail: 'Les partenaires qui contrôlent les ressources sont ceux dont la bonne volonté compte le plus.',
  },
  'outcome.analysis-training': {
    label: 'Former les partenaires à l’analyse',
    detail: 'Prévoyez du temps pour former les partenaires et préparer des données qui respectent l’éthique de la recherche.',
  },
  'outcome.ethics': {
    label: 'Atteinte à la confidentialité des participants',
    detail: 'Les partenaires ne doivent pas savoir qui a participé ni ce que chacun a dit; établissez-le avant le début de l’analyse.',
  },
  'outcome.suppression': {
    label: 'Résultats mal accueillis étouffés',
    detail: 'Un droit de veto des partenaires sur la publication peut laisser des résultats négatifs inédits et nuire à la crédibilité de la démarche.',
  },
  'outcome.publication-open': {
    label: 'Droits de publication non convenus',
    detail: 'Convenez de qui publie quoi et quand, y compris la diffusion anticipée par les partenaires.',
  },
  'outcome.implementation': {
    label: 'Mise en œuvre laissée sans soutien',
    detail: 'Les partenaires peuvent attendre de l’aide pour la mise en œuvre; sans elle, les relations souffrent et la mise en œuvre peut échouer.',
  },
  'outcome.advocacy': {
    label: 'Défendre les données ou le changement?',
    detail: 'Décidez d’avance où les chercheurs cessent de défendre la recherche et commencent à défendre un changement.',
  },
  'outcome.timeliness': {
    label: 'Résultats après la décision',
    detail: 'La recherche doit livrer ses résultats après la date prévue de la décision.',
  },
  'outcome.practical': {
    label: 'Coûts pratiques non financés',
    detail: 'Le temps des partenaires, les déplacements, les remboursements et l’administration n’ont pas de budget.',
  },
  'outcome.practical-limited': {
    label: 'Manque de temps, d’argent ou d’expertise',
    detail: 'Les coûts pratiques d’une participation adéquate pourraient ne pas être couverts.',
  },
  'outcome.personal-junior': {
    label: 'Stress et épuisement du personnel débutant',
    detail: 'Un travail de coproduction sans ressources confié à du personnel débutant ou temporaire expose au stress et à l’épuisement; financez ce travail et répartissez-le.',
  },
  'outcome.professional': {
    label: 'Coûts portés par le personnel débutant ou temporaire',
    detail: 'Ceux qui peuvent le moins absorber les coûts de carrière portent l’essentiel du travail.',
  },
  'outcome.profession': {
    label: 'Perçu comme partisan',
    detail: 'La recherche et les chercheurs peuvent être vus comme partisans ou « légers », et la confiance envers la recherche peut en souffrir.',
  },
  'outcome.stakeholders': {
    label: 'Coûts pour les participants',
    detail: 'Les participants peuvent perdre du temps sur leurs obligations, se sentir utilisés ou être découragés de participer de nouveau.',
  },
  'outcome.vulnerability': {
    label: 'Décideurs exposés',
    detail: 'Partager ses incertitudes ou ses erreurs peut coûter cher aux décideurs; convenez du traitement des renseignements sensibles.',
  },
  'outcome.relationships': {
    label: 'Travail relationnel sans résultat garanti',
    detail: 'Le temps passé à bâtir et entretenir des relations peut ne rien produire de mesurable.',
  },
  'outcome.key-questions': {
    label: 'Répondre d’abord aux questions clés',
    detail: 'Avant de s’engager : qu’apporte chacun, quand chaque contribution est-elle nécessaire, combien cela coûtera-t-il et qui en portera le coût, et comment les décisions seront-elles prises et encadrées?',
  },
  'outcome.agency-power': {
    label: 'Un partenaire tient les cordons de la bourse et la politique',
    detail: 'Convenez de la façon d’équilibrer le pouvoir de l’organisme bailleur sur le personnel, l’argent et la politique.',
  },
  'band.high': {
    label: 'Coût et risque élevés',
    summary: 'Plusieurs coûts sérieux sont probables. Planifiez les mesures d’atténuation avant de vous engager, ou choisissez une forme d’engagement plus légère. (Les gravités, et le point où commence chaque niveau, sont des choix propres à cet outil, non aux sources.)',
  },
  'band.moderate': {
    label: 'Coût et risque modérés',
    summary: 'Certains coûts connus s’appliquent, dont au moins un sérieux, ou plusieurs à la fois; ils peuvent être gérés s’ils sont planifiés et financés. (Les gravités, et le point où commence chaque niveau, sont des choix propres à cet outil, non aux sources.)',
  },
  'band.low': {
    label: 'Coût et risque faibles',
    summary: 'Les réponses signalent peu des coûts connus, et aucun n’est sérieux. Des coûts peuvent tout de même survenir à n’importe quelle étape. (Les gravités, et le point où commence chaque niveau, sont des choix propres à cet outil, non aux sources.)',
  },
  'ref.m-contributions': {
    title: 'Qu’apporte chacun?',
    text: 'Énumérez ce que chaque partie apporte : argent, connaissance du contexte politique, pression pour obtenir des réponses, expertise du sujet et des méthodes, expérience vécue.',
  },
  'ref.m-when-needed': {
    title: 'Quand chaque contribution est-elle nécessaire?',
    text: 'Décidez à quelle fin et à quelle étape chaque contribution est nécessaire, plutôt que d’associer tout le monde du début à la fin.',
  },
  'ref.m-costs': {
    title: 'Qui porte les coûts?',
    text: 'Nommez les coûts en temps, administratifs, culturels et professionnels, et la façon dont ils seront couverts ou partagés.',
  },
  'ref.m-governance': {
    title: 'Comment les décisions sont-elles prises?',
    text: 'Convenez de la façon de prendre les décisions, de partager responsabilité et reddition de comptes, et d’encadrer la démarche.',
  },
  'ref.m-infrastructure': {
    title: 'Demander infrastructure et leadership',
    text: 'Les organismes de recherche et les bailleurs devraient bâtir et soutenir l’infrastructure et le leadership dont la coproduction a besoin.',
  },
  'ref.m-training': {
    title: 'Se former',
    text: 'Traitez la coproduction comme un ensemble de compétences : formation pour les chercheurs, les bailleurs et les partenaires.',
  },
  'ref.m-reward': {
    title: 'Reconnaître le travail',
    text: 'Récompensez les bonnes pratiques et reconnaissez le travail de coproduction même lorsqu’il ne mène à aucun impact mesurable.',
  },
  'ref.m-evaluate': {
    title: 'En évaluer l’impact',
    text: 'Évaluez ce que la coproduction change, afin de pouvoir peser ses coûts contre ses effets.',
  },
  'ref.m-diversity': {
    title: 'Protéger la diversité et la qualité',
    text: 'Veillez à ce que la coproduction soutienne, plutôt que restreindre, la diversité et la qualité de la recherche et des politiques.',
  },
  'ref.m-facilitation': {
    title: 'Investir dans l’animation',
    text: 'Financez une animation compétente et la gestion des attentes, avec des règles du jeu et des processus établis d’emblée.',
  },
  'ref.m-protocols': {
    title: 'Écrire les règles du jeu',
    text: 'Convenez de protocoles sur les décisions, le règlement des différends, les conflits d’intérêts, la publication, l’éthique et l’accès à l’information.',
  },
  'ref.m-exit': {
    title: 'Convenir de la sortie',
    text: 'Prévoyez des processus de fin et de retrait, pour qu’un partenariat qui échoue puisse se terminer proprement.',
  },
  'ref.m-task': {
    title: 'Répartir les tâches',
    text: 'Convenez de qui fait quoi, y compris tout soutien à la mise en œuvre.',
  },
  'ref.m-incentives': {
    title: 'Donner des raisons de participer',
    text: 'Mettez en place des incitatifs pour que la participation vaille la peine pour chaque partenaire.',
  },
  'ref.m-working-pattern': {
    title: 'Décider du mode de travail',
    text: 'Décidez comment et combien les gens travaillent ensemble (détachements, échanges, temps plein ou partiel), où (dans les mêmes locaux ou non) et qui (personnel débutant ou chevronné, analystes ou conseillers politiques).',
  },
  'ref.m-purpose': {
    title: 'Convenir du but et de l’échéancier',
    text: 'Convenez si le partenariat porte d’abord sur les processus, les relations, les produits de recherche ou les impacts, et de l’échéancier raisonnable pour chacun.',
  },
  'ref.m-ambition': {
    title: 'Convenir du niveau d’ambition',
    text: 'Convenez de ce qui compte comme coproduction ici : si tout le monde participe à tout, en équipes ou en groupes de travail, et si la recherche ou le processus politique doivent visiblement changer.',
  },
  'ref.m-funding-power': {
    title: 'Équilibrer financement et pouvoir',
    text: 'Convenez de qui paie la construction du partenariat et la recherche, et de la façon d’équilibrer l’influence d’un partenaire qui paie, fournit le personnel et contrôle la politique.',
  },
  'ref.m-workload': {
    title: 'Partager équitablement le travail',
    text: 'Décidez qui porte la responsabilité principale du travail de coproduction et si chaque membre de l’équipe doit bâtir les relations.',
  },
  'ref.m-timing': {
    title: 'Vérifier d’abord la date de la décision',
    text: 'Renseignez-vous sur la date de la décision avant de convenir du devis; une recherche qui livre ses résultats après la décision a peu de chances de l’éclairer.',
  },
  'ref.cost-practical': {
    title: 'Coûts pratiques',
    text: 'Argent et temps : le temps de nombreuses personnes, les déplacements et remboursements, l’administration, le savoir-faire pour recruter et animer des groupes mixtes, et un travail ajouté sans ressources; la charge peut être inégale selon le genre.',
  },
  'ref.cost-personal': {
    title: 'Coûts personnels',
    text: 'Conflits interpersonnels, conversations difficiles, travail émotionnel, stress et épuisement.',
  },
  'ref.cost-professional': {
    title: 'Coûts professionnels',
    text: 'Du temps pris aux subventions, aux articles et à l’enseignement; des travaux jugés de moindre qualité ou difficiles à publier; des faveurs dues; être perçu comme partisan ou « léger »; dans les cas extrêmes, la sécurité personnelle.',
  },
  'ref.cost-research': {
    title: 'Coûts pour la recherche',
    text: 'Des questions banales, peu originales ou locales, le contrôle par des groupes dominants, et des sujets inutiles ou répétitifs.',
  },
  'ref.cost-process': {
    title: 'Coûts pour la démarche de recherche',
    text: 'Retards de recrutement et de mobilisation, différends sur le but, récupération, chercheurs réduits au silence ou empêchés de publier, et désaccords sur le moment de diffuser les résultats.',
  },
  'ref.cost-stakeholders': {
    title: 'Coûts pour les partenaires',
    text: 'Du temps pris à leurs fonctions principales, l’exposition liée au partage d’incertitudes ou d’erreurs, une contribution triée sur le volet, le sentiment d’être ignorés ou utilisés, et moins d’envie de participer de nouveau.',
  },
  'ref.cost-profession': {
    title: 'Coûts pour la profession',
    text: 'Moins de confiance envers la science et les chercheurs, et une recherche vue comme un groupe de pression de plus.',
  },
  'ref.cost-relationship-investment': {
    title: 'Investissement relationnel',
    text: 'Du temps consacré à des relations sans résultat garanti, des faveurs demandées et rendues, et des relations tendues à gérer.',
  },
  'ref.stage-team': {
    title: 'Étape : former des équipes mixtes',
    text: 'Les partenaires sont en désaccord et les voix habituelles dominent; le travail prend plus de temps et les décisions partagées en souffrent.',
  },
  'ref.stage-questions': {
    title: 'Étape : formuler les questions',
    text: 'Les priorités et les valeurs diffèrent, les questions utiles peuvent manquer d’originalité et la recherche peut être récupérée; relations, carrières et indépendance peuvent en souffrir.',
  },
  'ref.stage-data-collection': {
    title: 'Étape : recueillir les données',
    text: 'Presser les partenaires pour obtenir du temps de personnel ou un accès tend les relations, surtout avec les partenaires puissants.',
  },
  'ref.stage-analysis': {
    title: 'Étape : analyser les données',
    text: 'Les partenaires peuvent vouloir savoir qui a participé ou aider à l’analyse; il faut protéger l’éthique et former les partenaires.',
  },
  'ref.stage-recommendations': {
    title: 'Étape : formuler les recommandations',
    text: 'Le peu d’accord sur ce qui importe et les pressions sur la présentation peuvent déformer les résultats et nuire à l’indépendance.',
  },
  'ref.stage-dissemination': {
    title: 'Étape : diffuser',
    text: 'Des résultats indésirables peuvent être bloqués et des partenaires peuvent les diffuser trop tôt, au détriment de l’indépendance et de la crédibilité de la démarche.',
  },
  'ref.stage-implementation': {
    title: 'Étape : mettre en œuvre le changement',
    text: 'Défendre la recherche et défendre le changement tirent en sens contraires, et les chercheurs peuvent ne pas soutenir la mise en œuvre; relations et mise en œuvre peuvent échouer.',
  },
};

const brokering: Section = {
  'rs.title': 'Quel modèle de courtage de connaissances convient?',
  'rs.description': 'Désigne le modèle de courtage de connaissances qui convient au but, indique si le contexte peut le soutenir et énumère les conditions favorables, les difficultés et les coûts à prévoir. Seul le but détermine quel modèle convient; le contexte détermine dans quelle mesure chaque modèle est faisable. Les conseils de choix viennent d’une seule étude de cas rédigée par l’équipe elle-même (une équipe intégrée dans le sud-ouest de l’Angleterre) et de la littérature qu’elle passe en revue; on ne sait pas si un modèle de courtage, quel qu’il soit, fonctionne.',
  'rule.aim-existing': 'Pour faire utiliser la recherche existante, par exemple au moyen de synthèses de données probantes, un seul courtier placé hors des deux milieux et crédible dans chacun pourrait suffire.',
  'rule.aim-new': 'Pour favoriser la collaboration et coproduire de nouvelles connaissances, les deux milieux doivent changer, et une équipe intégrée, multiprofessionnelle et bidirectionnelle peut convenir; un courtier seul risque de buter sur les obstacles structurels et ceux qui tiennent à l’ensemble du système.',
  'rule.similar-organisations': 'Une cohorte de courtiers d’une même profession est le modèle utilisé dans plusieurs organisations semblables.',
  'rule.one-profession': 'Le modèle de cohorte déploie des courtiers de la même profession.',
  'rule.two-communities': 'Deux milieux et plusieurs disciplines forment le contexte des affectations dans les deux sens : détachements individuels ou équipe.',
  'rule.agency-available': 'Un organisme indépendant ou quasi indépendant peut assumer un mandat de courtage explicite ou ajouté.',
  'rule.embedding-possible': 'L’intégration et la cohabitation dans les deux sens ont donné aux courtiers une connaissance tacite de leur organisation d’accueil.',
  'rule.no-embedding': 'Les modèles intégrés exigent des courtiers placés et installés dans l’organisation d’accueil; sans cela, ils perdent leur principal avantage.',
  'rule.turbulent': 'Le modèle d’équipe aurait été entravé dans des contextes moins aisés ou plus instables, sans financement réservé.',
  'rule.stable': 'Des organisations établies, solvables et stables ont rendu le contexte très favorable au modèle d’équipe.',
  'rule.ring-fenced': 'Un financement sûr, à long terme et réservé a donné aux courtiers le temps de devenir productifs.',
  'rule.not-ring-fenced': 'Le modèle d’équipe aurait été entravé sans le temps qu’un financement sûr et réservé a donné aux courtiers.',
  'rule.budget-short': 'L’équipe intégrée étudiée (six courtiers détachés à temps partiel en deux vagues de recrutement, plus une gestionnaire) coûtait environ 150 000 GBP par an; le budget est inférieur.',
  'rule.senior-support': 'Des dirigeants des deux milieux, liés par des collaborations antérieures, ont appuyé le projet et encouragé le personnel moins ancien à y participer.',
  'rule.no-senior-support': 'Sans l’appui des dirigeants des deux milieux, les affectations sont difficiles à mettre en place et à maintenir.',
  'rule.few-allies': 'Les courtiers intégrés dépendaient d’alliés, de champions et d’accompagnateurs dans l’organisation d’accueil; sans eux, ils peinaient à trouver une orientation ou à progresser.',
  'rule.two-year-secondments': 'Des détachements à temps partiel d’un à trois jours par semaine pendant deux ans ont permis aux courtiers de suivre leur organisation d’origine et de devenir productifs dans l’organisation d’accueil.',
  'rule.short-secondments': 'Deux ans ont suffi aux courtiers pour passer du sentiment d’être perdus à la productivité; des affectations plus courtes peuvent finir avant.',
  'rule.no-secondments': 'Les modèles fondés sur le détachement exigent des détachements.',
  'rule.team-unsupported': 'L’équipe intégrée convient au but, mais elle reposait sur des affectations dans les deux sens de courtiers intégrés à l’organisation d’accueil un à trois jours par semaine pendant deux ans; sans intégration ni détachements, ce modèle ne peut pas être mis en place tel qu’il a été étudié.',
  'rule.team-manager': 'L’équipe avait une gestionnaire disposant de temps dédié et au style collaboratif, et les courtiers étaient jumelés à des pairs.',
  'rule.no-team-manager': 'Sans gestionnaire qui a du temps pour les courtiers, un modèle d’équipe perd son soutien collectif.',
  'rule.turnover': 'Quand la personne-ressource qui soutient un courtier s’en va, le courtier peut se retrouver bloqué; une chercheuse en résidence n’a jamais reconstruit le partenariat après quatre responsables successifs.',
  'rule.time-mismatch': 'Les décideurs ont besoin de réponses plus vite que la recherche ne peut les fournir.',
  'rule.turbulent-agendas': 'Des priorités et des programmes sans cesse changeants sont une difficulté permanente pour les courtiers.',
  'rule.new-knowledge-challenges': 'Les incitatifs universitaires récompensent rarement ce travail, et la valeur ajoutée par les courtiers est difficile à saisir.',
  'rule.existing-evidence': 'Faire utiliser la recherche existante, au moyen de produits de recherche, est l’essentiel du travail des organismes; la liaison et l’échange sont plus difficiles à maintenir.',
  'rule.relational': 'L’utilisation des connaissances est relationnelle et politique, et les connaissances restent collées aux frontières organisationnelles; le courtage doit donc bâtir des relations et s’adapter à son contexte.',
  'rule.agency-practise': 'Les organismes qui promeuvent l’utilisation de la recherche s’appuient souvent peu, dans leur propre pratique, sur la recherche portant sur l’utilisation de la recherche.',
  'outcome.lone-broker-limits': {
    label: 'Les limites d’un courtier seul',
    detail: 'Un seul courtier peut suffire pour faire utiliser la recherche existante, mais il risque d’avoir du mal à s’attaquer aux obstacles structurels, contextuels et systémiques qui empêchent les gestionnaires de s’appuyer sur la recherche.',
  },
  'outcome.missing-embedding': {
    label: 'Condition manquante : intégration',
    detail: 'Les courtiers ne peuvent pas être intégrés ni installés dans l’organisation d’accueil.',
  },
  'outcome.team-needs-placements': {
    label: 'Le modèle qui convient exige des affectations dont ce projet ne dispose pas',
    detail: 'Une équipe intégrée exige des courtiers placés et installés, dans les deux sens, au sein de l’organisation partenaire; prévoyez l’intégration et les détachements, ou attendez-vous à ce que le modèle reste en deçà de ce qu’a constaté l’étude de cas.',
  },
  'outcome.warn-turbulence': {
    label: 'Contexte instable',
    detail: 'Les modèles d’équipe intégrée sont difficiles à maintenir quand les organisations sont instables ou à court d’argent.',
  },
  'outcome.missing-funding': {
    label: 'Condition manquante : financement sûr',
    detail: 'Il n’y a pas de financement sûr, réservé et à long terme.',
  },
  'outcome.missing-senior': {
    label: 'Condition manquante : appui des dirigeants',
    detail: 'Les dirigeants des deux milieux n’appuient pas encore le projet.',
  },
  'outcome.missing-allies': {
    label: 'Condition manquante : alliés',
    detail: 'Trouvez des alliés, des champions ou des accompagnateurs pour chaque courtier dans l’organisation d’accueil; dans l’équipe étudiée, chaque courtier en avait besoin d’au moins deux.',
  },
  'outcome.expect-role-strain': {
    label: 'Prévoir la tension de rôle',
    detail: 'Les courtiers détachés font face à trop de donneurs d’ordres, à des attentes et une charge irréalistes, et à des organisations d’origine incapables d’utiliser ensuite leurs nouvelles compétences; planifiez le retour.',
  },
  'outcome.warn-turnover': {
    label: 'Roulement du personnel',
    detail: 'Donnez à chaque courtier plus d’un champion, pour que le départ de l’un ne bloque pas le travail.',
  },
  'outcome.warn-time-mismatch': {
    label: 'Décalage des échéances',
    detail: 'La recherche doit durer plus longtemps que la décision ne peut attendre.',
  },
  'outcome.warn-agendas': {
    label: 'Programmes changeants',
    detail: 'Attendez-vous à ce que les priorités changent et prévoyez de renégocier les objectifs des courtiers.',
  },
  'outcome.warn-incentives': {
    label: 'Peu d’incitatifs universitaires',
    detail: 'Les leviers institutionnels récompensent peu les chercheurs pour ce travail.',
  },
  'outcome.warn-value': {
    label: 'Valeur ajoutée difficile à mesurer',
    detail: 'Prévoyez tôt comment la contribution des courtiers sera consignée et évaluée.',
  },
  'outcome.beyond-products': {
    label: 'Au-delà des produits de recherche',
    detail: 'Les organismes s’appuient surtout sur des approches fondées sur les produits de recherche, peinent à maintenir la liaison et l’échange et atteignent rarement les approches systémiques.',
  },
  'outcome.relational': {
    label: 'Le courtage est relationnel',
    detail: 'Combinez la recherche avec les savoirs politiques, contextuels et expérientiels, et bâtissez les relations qui les font franchir les frontières.',
  },
  'outcome.practise-what-we-preach': {
    label: 'Appliquer ce que l’on prêche',
    detail: 'Un organisme qui promeut l’utilisation de la recherche devrait utiliser la recherche sur l’utilisation de la recherche dans son propre courtage.',
  },
  'option.single': {
    label: 'Courtier unique',
    summary: 'Un seul courtier, interne ou externe aux organisations, qui fait le lien entre chercheurs et décideurs.',
  },
  'option.cohort': {
    label: 'Cohorte de courtiers',
    summary: 'Des courtiers d’une même profession, déployés dans plusieurs organisations semblables.',
  },
  'option.agency': {
    label: 'Organisme de courtage',
    summary: 'Un organisme quasi ou pleinement indépendant doté d’un mandat de courtage explicite ou ajouté.',
  },
  'option.secondments': {
    label: 'Détachements dans les deux sens',
    summary: 'Des courtiers de disciplines différentes détachés dans les deux sens, chacun travaillant seul.',
  },
  'option.team': {
    label: 'Équipe de courtage intégrée',
    summary: 'Une équipe intégrée, multiprofessionnelle et bidirectionnelle de courtiers détachés qui travaillent ensemble, comme l’équipe de mobilisation des connaissances de Bristol.',
  },
  'noclearfit.label': 'Aucun modèle ne se détache encore',
  'noclearfit.summary': 'Les réponses ne font ressortir aucun modèle. Wye et al. lient le choix au but : pour faire utiliser la recherche existante, un seul courtier pourrait suffire; pour coproduire de nouvelles connaissances, une équipe intégrée peut convenir. Répondez aux questions indiquées pour départager les modèles.',
  'ref.position': {
    title: 'Positionnement et affiliation',
    text: 'La place du courtier compte : entre organisations ou au sein d’une seule, même profession ou non que les personnes à influencer, externe ou intégré, initié ou extérieur. L’équipe étudiée utilisait des initiés et des extérieurs en binômes.',
  },
  'ref.roles': {
    title: 'Les rôles du courtier',
    text: 'Les courtiers agissent comme agents de liaison, gestionnaires de connaissances et renforçateurs de capacités, et parfois comme animateurs, évaluateurs ou amis critiques.',
  },
  'ref.activities': {
    title: 'Ce que font les courtiers',
    text: 'Favoriser la collaboration, développer les compétences d’analyse, produire des produits de connaissance adaptés, trouver les bonnes personnes à réunir, réfléchir sur la pratique et évaluer le changement.',
  },
  'ref.skills': {
    title: 'Compétences et qualités',
    text: 'Communication, motivation, médiation et travail d’équipe; traduction entre milieux; souplesse, tact, courage et écoute; crédibilité et bons réseaux.',
  },
  'ref.interaction': {
    title: 'Contact, collaboration, coproduction',
    text: 'Les interactions passent du contact à la collaboration et à la coproduction et inversement; ce qui compte, c’est qui est réuni et si l’interaction est respectueuse, critique de façon constructive et équilibrée quant au pouvoir.',
  },
  'ref.buddying': {
    title: 'Jumelage',
    text: 'Chaque courtier avait un pair issu de son milieu, et les projets conjoints associaient des courtiers des deux milieux; le jumelage peut démotiver quand l’un réussit beaucoup mieux que l’autre.',
  },
  'ref.attachment': {
    title: 'Rattachement aux équipes d’accueil',
    text: 'Les courtiers rattachés à des groupes de recherche ou à des sous-comités de commandite ont acquis une connaissance riche et tacite de leurs hôtes.',
  },
  'ref.team-cost': {
    title: 'Ce qu’a coûté l’équipe',
    text: 'Six courtiers ont été détachés à temps partiel en deux vagues de recrutement (quatre commanditaires et deux chercheurs); avec le salaire de la gestionnaire, l’équipe coûtait environ 150 000 GBP par an.',
  },
  'ref.impact': {
    title: 'Le courtage fonctionne-t-il?',
    text: 'Dans l’équipe étudiée, l’impact était le plus fort sur les courtiers et les équipes auxquelles ils étaient rattachés, et plus faible au-delà. Les données plus larges ne sont pas concluantes : des essais portant sur des courtiers externes n’ont trouvé aucun effet sur les décisions ni sur les comportements (l’un a observé un léger effet sur les connaissances et les intentions), une étude avant-après (et non un essai) portant sur 25 courtiers intégrés a constaté une utilisation accrue d’un outil fondé sur la recherche, et la littérature donne à penser que les effets sont plus souvent subtils que directs. Les auteurs concluent qu’ils « ne savent vraiment pas » si le courtage, sous quelque forme que ce soit, fonctionne.',
  },
  'ref.limitations': {
    title: 'Jusqu’où vont les données',
    text: 'Les conseils sur le modèle d’équipe reposent sur une seule étude de cas, rédigée par l’équipe elle-même, avec des évaluations internes et, pour la plupart, indépendantes : les participants, dont les courtiers, ont pu surestimer les bénéfices, et bien des conséquences possibles sont passées inaperçues.',
  },
  'ref.team-advantages': {
    title: 'En quoi une équipe de courtiers a été utile',
    text: 'Dans l’équipe étudiée, les courtiers pouvaient s’avouer entre eux ce qu’ils ne savaient pas, apprendre ensemble et surmonter plus vite les obstacles; le travail en équipe montrait aux autres comment collaborer et donnait aux courtiers assez de poids pour sensibiliser leur entourage et changer la culture organisationnelle.',
  },
  'ref.knowledge-types': {
    title: 'Les savoirs à combiner',
    text: 'Les services publics ont besoin de sensibilité politique, culturelle et contextuelle, de théorie, de recherche empirique et de l’expérience des praticiens, des usagers, des décideurs et des citoyens.',
  },
  'ref.approaches': {
    title: 'Approches de mobilisation des connaissances',
    text: 'Les approches fondées sur les produits de recherche, sur la liaison et l’échange, et sur l’ensemble du système.',
  },
  'ref.agencies': {
    title: 'Les organismes du domaine',
    text: 'Producteurs de recherche, bailleurs de fonds et intermédiaires comme les organismes de politiques et les groupes de réflexion; par exemple les CLAHRC, l’ESRC, l’Alliance for Useful Evidence, l’IHI, les IRSC et le Sax Institute.',
  },
};

/** The guidance catalogue's text by section, then by the id within it (`criteria.controversy`). */
const guidance: Record<string, Record<string, string>> = {
  criteria: {
    controversy: 'Privilégier la coproduction quand le programme est largement accepté et que les résultats risquent peu d’être contestés; moins quand il est controversé et que les résultats seront contestés.',
    'conflicts-of-interest': 'Privilégier la coproduction quand les conflits d’intérêts sont rares; moins quand ils seront difficiles à gérer, comme lorsque les partenaires sont responsables de la mise en œuvre du programme.',
    'use-of-findings': 'Privilégier la coproduction quand le but principal est d’utiliser les résultats dans des décisions; moins quand l’usage direct et immédiat importe peu.',
    'policy-based-evidence': 'Privilégier la coproduction quand peu de gens craignent des « données au service des politiques »; moins quand les bailleurs ou les utilisateurs placent l’enquête experte et détachée au-dessus des autres savoirs.',
    definition: 'Privilégier la coproduction quand le programme doit encore être défini, précisé ou testé; moins quand il est bien défini et convenu.',
    purpose: 'Privilégier la coproduction quand la question est de savoir comment mettre en œuvre au mieux; moins quand il s’agit de savoir si le programme fonctionne et que la décision reste ouverte.',
    'implementer-cooperation': 'Privilégier la coproduction quand la recherche exige la coopération active des décideurs ou des responsables de la mise en œuvre; moins quand elle ne l’exige pas.',
    relationships: 'Privilégier la coproduction quand chercheurs et décideurs doivent mieux se comprendre; moins quand de bonnes relations informelles existent et qu’une recherche indépendante à « distance rapprochée » peut suffire.',
    resources: 'Privilégier la coproduction quand le temps, l’argent et l’expertise permettent d’associer les acteurs à chaque étape appropriée; moins quand l’un d’eux manque.',
    'partnership-expertise': 'L’accès à une expertise du travail en partenariat plaide pour plus de place à la coproduction.',
    'ppi-mandate': 'Quand la participation des patients et du public est exigée, par exemple par le bailleur, elle doit avoir lieu quoi que disent les autres critères.',
    'who-to-involve': 'Associer les usagers et les responsables locaux peut avoir plus de sens qu’associer les décideurs, même si cela peut placer les chercheurs entre les deux.',
    'other-approaches': 'Deuxième étape : se demander si des approches consultatives, indépendantes ou internes atteindraient aussi bien les buts; la plupart des buts normatifs, substantiels et instrumentaux peuvent être atteints autrement.',
    'two-step': 'D’abord décider si la coproduction aide la recherche à atteindre ses buts précis et choisir des stratégies pour ces buts; puis la comparer avec d’autres approches.',
    caution: 'Faute de données solides sur ce qu’accomplit la coproduction, adopter une approche prudente et réflexive et évaluer comment elle change les résultats.',
    scope: 'Les critères ont été conçus en particulier pour coproduire des évaluations avec des responsables des politiques et des gestionnaires de services; appliquez-les avec prudence à d’autres types de recherche ou avec d’autres partenaires.',
    'limits-of-tools': 'Aucun outil, cadre ou processus ne peut éliminer par sa conception les tensions de pouvoir dans la coproduction; un outil comme celui-ci peut soutenir, et non remplacer, une discussion ouverte et réflexive sur le moment et la façon de coproduire.',
    'no-guarantee': 'Des données probantes coproduites ne sont pas forcément plus faciles à produire, ni à utiliser dans les politiques, que des données obtenues autrement; l’image de « deux mondes » séparés par un « fossé entre savoir et action » simplifie trop les choses.',
    'within-government': 'On peut aussi concevoir que la coproduction soit nécessaire au sein d’une seule organisation, comme un organisme gouvernemental, entre le personnel d’analyse (statisticiens, économistes, chercheurs en sciences sociales) et les conseillers politiques.',
    'rationale-engagement': 'Une des justifications de la coproduction est de s’éloigner de l’évaluation indépendante et détachée, qui, selon Greenhalgh et Russell (2010), peut empêcher les évaluateurs de se saisir des enjeux qu’exige une compréhension utile aux politiques.',
  },
  motive: {
    substantive: 'Coproduire pour améliorer la qualité et la pertinence de la recherche, et trouver les questions que personne ne savait poser.',
    instrumental: 'Coproduire pour que les résultats servent : plus d’impact, des questions issues de la pratique, des capacités, de la confiance, des devis faisables et un milieu réceptif.',
    normative: 'Coproduire parce que c’est juste : reddition de comptes aux bailleurs publics, équité, renouveau démocratique et apprentissage mutuel; et parce que c’est agréable.',
    political: 'Coproduire pour l’autonomisation, l’appropriation, la confiance et la légitimité, ou pour s’associer à ceux qui peuvent agir sur les résultats; souvent passé sous silence.',
  },
  mode: {
    recipients: 'Le mode le plus léger : les acteurs reçoivent les résultats.',
    'soft-networks': 'Les chercheurs cherchent conseil ou influence par des réseaux personnels informels.',
    commissioned: 'Des chercheurs employés par des organismes publics mènent une recherche commandée et directement applicable.',
    partnership: 'Partenariat complet : subventions en partenariat, instituts ou programmes de longue durée avec co-apprentissage, co-orientation et co-interprétation sur un pied d’égalité; une participation financière des partenaires est un signe d’authenticité.',
    'definition-ikt': 'Coproduction ou application des connaissances intégrée : les utilisateurs des connaissances participent à tout le processus de recherche; une forme de liaison et d’échange.',
  },
  readiness: {
    trust: 'Une condition préalable : un respect et une confiance mutuels raisonnables.',
    power: 'Une condition préalable : une répartition raisonnable du pouvoir.',
    'task-allocation': 'Gouvernance : convenir de qui fait quelle tâche.',
    protocols: 'Gouvernance : des règles sur les décisions, les différends, les conflits d’intérêts, la publication, l’éthique et l’accès à l’information.',
    incentives: 'Gouvernance : des incitatifs à participer.',
    training: 'Gouvernance : de la formation pour les chercheurs, les bailleurs et les partenaires.',
    exit: 'Gouvernance : des façons de mettre fin au partenariat ou de s’en retirer.',
    'working-pattern': 'Au quotidien : comment et combien les gens travaillent ensemble, où, et qui participe.',
    'purpose-focus': 'But : l’accent est-il sur les processus, les relations, les produits ou les impacts, et quel échéancier est raisonnable pour chacun?',
    ambition: 'Ambition : ce qui compte comme coproduction ici, qui participe à quoi et ce qui doit visiblement changer.',
    'funding-power': 'Financement et pouvoir : qui paie, et que se passe-t-il quand un organisme finance, fournit le personnel et contrôle le processus politique.',
    workload: 'Le travail : qui en porte la responsabilité principale, et si chacun doit bâtir les relations.',
    facilitation: 'Investir dans une bonne animation et la gestion des attentes, avec des règles du jeu et des processus.',
  },
  assumption: {
    underuse: 'Hypothèse : les résultats de recherche sont sous-utilisés dans les décisions.',
    'together-is-solution': 'Hypothèse : le travail commun des chercheurs et des décideurs est la solution.',
    'better-than-alternatives': 'Hypothèse : la coproduction fait mieux que la recherche interne ou indépendante.',
    resources: 'Hypothèse : des ressources existent et doivent être consacrées aux relations.',
    'definitive-findings': 'Hypothèse : des résultats définitifs et exploitables en découleront.',
    'positive-for-all': 'Hypothèse : tous verront la démarche et ses effets comme positifs.',
    'power-levelling': 'Hypothèse : la coproduction réduit d’elle-même les déséquilibres de pouvoir.',
    'context-free': 'Hypothèse : elle fonctionne de la même façon quels que soient le sujet et le contexte.',
  },
  benefit: {
    'mutual-understanding': 'Bénéfice revendiqué : moins de cloisonnement entre décideurs et chercheurs.',
    skills: 'Bénéfice revendiqué : des compétences en recherche pour les décideurs et en politiques pour les chercheurs.',
    openness: 'Bénéfice revendiqué : une recherche ouverte à plus de participants.',
    relevance: 'Bénéfice revendiqué : des résultats jugés plus pertinents et utiles.',
    use: 'Bénéfice revendiqué : des résultats plus utilisés, avec un impact plus direct.',
  },
  cost: {
    practical: 'Coûts pratiques : argent, temps de nombreuses personnes, déplacements, administration, savoir-faire pour animer des groupes mixtes, travail ajouté sans ressources, inégalement partagé.',
    personal: 'Coûts personnels : conflits, conversations difficiles, travail émotionnel, stress et épuisement.',
    professional: 'Coûts professionnels : du temps pris aux subventions, aux articles et à l’enseignement, des travaux jugés plus faibles, des faveurs, être perçu comme partisan; selon l’expérience des auteurs, ces coûts sont souvent portés par les chercheurs les plus débutants, ceux en poste temporaire, les femmes et/ou les chercheurs racisés.',
    research: 'Coûts pour la recherche : questions banales, peu originales ou locales, contrôle par des groupes dominants, sujets inutiles.',
    process: 'Coûts pour la démarche : retards, différends sur le but, récupération, mise au silence, désaccords sur le moment de diffuser.',
    stakeholders: 'Coûts pour les partenaires : temps pris à leurs fonctions, exposition, contribution triée sur le volet, sentiment d’être utilisés, réticence à s’engager de nouveau.',
    profession: 'Coûts pour la profession : moins de confiance envers la science, recherche vue comme un groupe de pression de plus.',
    'relationship-investment': 'Investissement relationnel : du temps sans résultat garanti, des faveurs demandées et rendues, des relations tendues à gérer.',
  },
  stage: {
    team: 'Former des équipes mixtes : désaccords et voix dominantes coûtent du temps et compromettent les décisions partagées.',
    questions: 'Formuler les questions : priorités divergentes, questions peu originales et récupération nuisent aux relations, aux carrières et à l’indépendance.',
    'data-collection': 'Recueillir les données : presser les partenaires pour du personnel ou un accès nuit aux relations, surtout avec les puissants.',
    analysis: 'Analyse : des partenaires qui veulent identifier les participants ou aider à analyser soulèvent des enjeux d’éthique et de formation.',
    recommendations: 'Recommandations : désaccords et pressions sur la présentation mènent à des résultats déformés.',
    dissemination: 'Diffusion : étouffer les résultats indésirables et les diffuser trop tôt nuit à la crédibilité.',
    implementation: 'Mise en œuvre : la tension entre défendre la recherche et défendre le changement, et une mise en œuvre sans soutien, nuisent aux relations.',
  },
  risk: {
    'negative-findings': 'Risque : des résultats inattendus, dérangeants ou négatifs deviennent plus difficiles à produire ou à publier.',
    'narrow-evidence': 'Risque : des données plus étroites par des « données au service des politiques », des questions restreintes, la pensée de groupe et l’autocensure.',
    'over-emphasis': 'Risque : accorder trop de poids aux résultats coproduits.',
    tokenism: 'Risque : une coproduction de façade utilisée pour gagner en légitimité.',
    'parity-of-esteem': 'Risque : des chercheurs de carrière tenus d’accorder le même poids à un personnel politique inexpérimenté.',
    exception: 'Risque : les initiatives de coproduction restent l’exception.',
    timeliness: 'Risque : les résultats arrivent après la décision qu’ils devaient éclairer.',
  },
  question: {
    contributions: 'Question clé : qu’apporte chacun?',
    'when-needed': 'Question clé : quand, à quelle fin et à quelle étape chaque contribution est-elle nécessaire?',
    costs: 'Question clé : quels sont les coûts et comment seront-ils portés?',
    governance: 'Question clé : comment les décisions sont-elles prises et la démarche encadrée?',
  },
  funder: {
    infrastructure: 'Bailleurs : bâtir et soutenir l’infrastructure et le leadership de la coproduction.',
    training: 'Bailleurs : offrir de la formation et traiter la coproduction comme un ensemble de compétences.',
    reward: 'Bailleurs : récompenser les bonnes pratiques et reconnaître le travail qui ne mène pas à un impact.',
    evaluate: 'Bailleurs : évaluer les impacts de la coproduction.',
    diversity: 'Bailleurs : veiller à ce que la coproduction soutienne la diversité et la qualité.',
  },
  broker: {
    'model.single': 'Modèle : un courtier unique, interne ou externe.',
    'model.cohort': 'Modèle : une cohorte de courtiers d’une même profession dans des organisations semblables.',
    'model.agency': 'Modèle : un organisme indépendant ou quasi indépendant doté d’un mandat de courtage.',
    'model.secondments': 'Modèle : des détachements dans les deux sens de courtiers de disciplines différentes, chacun travaillant seul.',
    'model.team': 'Modèle : une équipe collective, bidirectionnelle, intégrée et multiprofessionnelle.',
    position: 'La place du courtier et son affiliation comptent.',
    role: 'Rôles du courtier : agent de liaison, gestionnaire de connaissances, renforçateur de capacités, animateur, évaluateur, ami critique.',
    activity: 'Activités du courtier : collaboration, compétences, produits adaptés, recherche des bonnes personnes, réflexion, évaluation.',
    skills: 'Compétences et qualités du courtier : communication, médiation, traduction, tact, courage, crédibilité, réseaux.',
    interaction: 'Les interactions passent du contact à la collaboration et à la coproduction; leur qualité compte.',
    'enabler.context': 'Condition favorable : des organisations stables et solvables et un financement sûr, réservé et à long terme.',
    'enabler.senior': 'Condition favorable : des dirigeants des deux milieux qui travaillent déjà ensemble.',
    'enabler.allies': 'Condition favorable : au moins deux alliés, champions ou accompagnateurs par courtier.',
    'enabler.embedding': 'Condition favorable : une intégration et une cohabitation dans les deux sens.',
    'enabler.contract': 'Condition favorable : des détachements à temps partiel d’un à trois jours par semaine pendant environ deux ans.',
    'enabler.buddying': 'Condition favorable : des pairs dans chaque milieu et entre les milieux, même si des pairs inégaux peuvent démotiver.',
    'enabler.leadership': 'Condition favorable : une gestionnaire disposant de temps dédié et au style collaboratif, et des réunions d’équipe régulières.',
    'enabler.attachment': 'Condition favorable : des courtiers rattachés aux équipes d’accueil.',
    cost: 'Coût : l’équipe intégrée coûtait environ 150 000 GBP par an.',
    'challenge.taskmasters': 'Difficulté : trop de donneurs d’ordres et une tension de rôle.',
    'challenge.expectations': 'Difficulté : des attentes et une charge de travail irréalistes.',
    'challenge.turnover': 'Difficulté : le roulement des personnes-ressources qui soutiennent un courtier.',
    'challenge.capitalise': 'Difficulté : les organisations d’origine ne savent pas utiliser les nouvelles compétences des courtiers; peu de débouchés après le détachement.',
    'challenge.time-mismatch': 'Difficulté : les décideurs ont besoin de réponses plus vite que la recherche ne les fournit.',
    'challenge.agendas': 'Difficulté : des priorités et des programmes sans cesse changeants.',
    'challenge.incentives': 'Difficulté : des leviers institutionnels qui découragent les chercheurs.',
    'challenge.value': 'Difficulté : la valeur ajoutée est difficile à saisir et à mesurer.',
    'select.existing-research': 'Choix : pour faire utiliser la recherche existante, un courtier externe unique, crédible dans les deux milieux, pourrait suffire, même si un courtier seul peut avoir du mal à surmonter les obstacles structurels et systémiques.',
    'select.new-knowledge': 'Choix : pour coproduire de nouvelles connaissances, quand les deux milieux doivent changer, une équipe intégrée et multiprofessionnelle peut convenir.',
    'select.turbulence': 'Choix : le modèle d’équipe aurait été entravé dans des contextes moins aisés ou plus instables, sans financement réservé.',
    impact: 'L’impact était le plus fort sur les courtiers et les équipes auxquelles ils étaient rattachés, et plus faible au-delà. Les données plus larges ne sont pas concluantes : des essais portant sur des courtiers externes n’ont trouvé aucun effet sur les décisions ni sur les comportements (l’un a observé un léger effet sur les connaissances et les intentions), une étude avant-après (et non un essai) portant sur 25 courtiers intégrés a constaté une utilisation accrue d’un outil fondé sur la recherche, et la littérature donne à penser que les effets sont plus souvent subtils que directs; les auteurs concluent que « nous ne savons vraiment pas » si le courtage, sous quelque forme que ce soit, fonctionne.',
    'team-advantages': 'Dans l’équipe étudiée, le travail en commun offrait aux courtiers un espace sûr pour admettre ce qu’ils ignoraient, apprendre les uns des autres et résoudre les problèmes; l’équipe servait aux autres de modèle de collaboration et était assez nombreuse pour se faire remarquer.',
    limitations: 'Les données de Bristol reposent sur une seule étude de cas, rédigée par l’équipe elle-même, avec des évaluations internes et, pour la plupart, indépendantes : les participants, dont les courtiers, ont pu surestimer les bénéfices, et bien des conséquences possibles sont passées inaperçues.',
  },
  km: {
    'knowledge-types': 'Combiner sensibilité politique, culturelle et contextuelle, théorie, recherche et savoir expérientiel.',
    relational: 'L’utilisation des connaissances est relationnelle et politique et bute sur les frontières; les initiatives doivent être relationnelles et sensibles au contexte.',
    approaches: 'Approches fondées sur les produits de recherche, sur la liaison et l’échange, et sur les systèmes dans leur ensemble; les organismes étudiés peinaient à maintenir la liaison et l’échange et n’en sont pas venus aux approches systémiques.',
    agencies: 'Organismes du domaine : producteurs de recherche, bailleurs et intermédiaires.',
    'practise-what-we-preach': 'Les organismes qui promeuvent l’utilisation de la recherche devraient eux-mêmes utiliser la recherche sur l’utilisation de la recherche.',
  },
};

/** Interface text that the core produces (verdicts without enough answers, "what would change"). */
export const frUi: Record<string, string> = {
  'ui.insufficient.label': 'Information insuffisante',
  'ui.insufficient.summary': 'Répondez à au moins {min} question(s) ({answered} répondue(s) jusqu’ici) pour obtenir un verdict. Aucun verdict n’est deviné à partir de réponses manquantes.',
  'ui.change.verdict': 'Si « {question} » était {to} au lieu de {from}, le verdict deviendrait « {verdict} ».',
  'ui.change.ranking': 'Si « {question} » était {to} au lieu de {from}, le meilleur choix deviendrait « {verdict} ».',
  'ui.group.adopt.verdict': 'Si l’équipe retient l’avis de {names} sur « {question} » ({answer}), le verdict est « {verdict} ».',
  'ui.group.adopt.ranking': 'Si l’équipe retient l’avis de {names} sur « {question} » ({answer}), le meilleur choix est « {verdict} ».',
  'ui.yes': '« oui »',
  'ui.no': '« non »',
  'ui.none': 'aucune sélection',
  'ui.and': ' et ',
  'ui.fit.suits': 'Convient au modèle {option}',
  'ui.fit.against': 'Joue contre le modèle {option}',
  'ui.change.noClearFit': 'Si « {question} » était {to} au lieu de {from}, aucune option ne se détacherait comme le meilleur choix.',
  'ui.feasible.helps': 'Aide le modèle {option} dans ce contexte',
  'ui.feasible.hinders': 'Gêne le modèle {option} dans ce contexte',
};

const sections = { 'coproduction-criteria': criteria, 'coproduction-costs': costs, 'brokering-model': brokering } as const;

/** Assemble the flat French catalogue, keyed like `keys.ts`; `derived` maps generated keys to their source key. */
export function buildFrench(derived: readonly { key: string; from: string }[], fitLabels: readonly { key: string; option: string; weight: number; feasibility: boolean }[]): Record<string, string> {
  const out: Record<string, string> = { ...frUi };
  for (const [id, texts] of Object.entries(q)) for (const [k, v] of Object.entries(texts)) out[`q.${id}.${k}`] = v;
  for (const [rsId, section] of Object.entries(sections))
    for (const [k, v] of Object.entries(section)) {
      const [kind, ...rest] = k.split('.');
      const key = `${kind}.${rsId}.${rest.join('.')}`;
      if (typeof v === 'string') out[key] = v;
      else for (const [leaf, text] of Object.entries(v)) out[`${key}.${leaf}`] = text;
    }
  for (const [section, texts] of Object.entries(guidance)) for (const [k, v] of Object.entries(texts)) out[`guidance.${section}.${k}`] = v;
  // Generated text is built from the French of its parts, exactly as the English is built.
  for (const d of derived) if (out[d.key] === undefined && out[d.from] !== undefined) out[d.key] = out[d.from]!;
  for (const f of fitLabels) {
    const option = out[f.option];
    const template = f.feasibility ? (f.weight > 0 ? frUi['ui.feasible.helps'] : frUi['ui.feasible.hinders']) : f.weight > 0 ? frUi['ui.fit.suits'] : frUi['ui.fit.against'];
    if (option && template) out[f.key] = template.replace('{option}', option.toLowerCase());
  }
  return out;
}
