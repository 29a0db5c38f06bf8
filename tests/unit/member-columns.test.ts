import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, mapHeaders } from '../../shared/members/columns';
import { memberLanguageCode } from '../../shared/members/member-language';
import { membersFromRows, numberRows, splitPostcodeCity } from '../../shared/members/member-rows';

const ADDRESS = ['title', 'firstName', 'lastName', 'street', 'postcode', 'city'];

describe('member-list headers in four languages', () => {
  it.each([
    'Anrede;Vorname;Name;Strasse;PLZ;Ort',
    'Civilité;Prénom;Nom;Rue;NPA;Localité',
    'Titolo;Nome;Cognome;Via;CAP;Località',
    'Title;First name;Last name;Street;Postcode;City',
  ])('%s maps without help', (line) => {
    expect(mapHeaders(line.split(';'))).toEqual(ADDRESS);
  });

  it('maps the optional country and language columns, in any case and spelling', () => {
    expect(mapHeaders(['LAND', 'Pays', 'Sprache'])).toEqual(['country', null, 'language']);
    expect(mapHeaders(['Paese', 'Lingua'])).toEqual(['country', 'language']);
    expect(mapHeaders(['Country', 'Langue'])).toEqual(['country', 'language']);
    expect(mapHeaders(['Straße', 'E-Mail', 'Telefon'])).toEqual(['street', null, null]);
  });

  it('joins a house number kept in a column of its own to the street; a second address line keeps its own field', () => {
    expect(mapHeaders(['Vorname', 'Name', 'Strasse', 'Hausnummer', 'PLZ', 'Ort'])).toEqual(['firstName', 'lastName', 'street', 'street', 'postcode', 'city']);
    expect(mapHeaders(['Prénom', 'Nom', 'Rue', 'N°', 'Complément d’adresse', 'NPA', 'Localité'])).toEqual([
      'firstName', 'lastName', 'street', 'street', 'addressLine2', 'postcode', 'city',
    ]);
    // "Nr" first is the member number, not a house number: only right after the street is it one.
    expect(mapHeaders(['Nr', 'Vorname', 'Name', 'Strasse', 'Nr.', 'Ort'])).toEqual([null, 'firstName', 'lastName', 'street', 'street', 'city']);
    const list = membersFromRows(numberRows([['Name', 'Strasse', 'Hausnummer', 'Adresszusatz', 'Ort'], ['Muster', 'Seeweg', '5', 'Postfach 12', 'Luzern'], ['Ek', 'Gässli', '', '', 'Bern']]));
    expect(list.members.map((m) => [m.member.street, m.member.addressLine2])).toEqual([['Seeweg 5', 'Postfach 12'], ['Gässli', '']]);
    // A second line inside the street cell, as a spreadsheet with Alt+Enter writes it.
    const inCell = membersFromRows(numberRows([['Name', 'Strasse', 'Ort'], ['Muster', 'Seeweg 5\r\nPostfach 12', 'Luzern']]));
    expect(inCell.members.map((m) => [m.member.street, m.member.addressLine2])).toEqual([['Seeweg 5', 'Postfach 12']]);
  });

  it('splits a column holding postcode and town together', () => {
    expect(mapHeaders(['Vorname', 'Name', 'Strasse', 'PLZ Ort'])).toEqual(['firstName', 'lastName', 'street', 'postcodeCity']);
    expect(mapHeaders(['Prénom', 'Nom', 'NPA / Localité'])).toEqual(['firstName', 'lastName', 'postcodeCity']);
    // Separate columns win when both are there: a town is never filled twice.
    expect(mapHeaders(['Name', 'PLZ', 'Ort', 'PLZ Ort'])).toEqual(['lastName', 'postcode', 'city', null]);
    const towns = ['3000 Bern', 'CH-1204 Genève', 'I-00184 Roma', '8001  Zürich Kreis 1', 'SW1A 1AA London', 'Bern'];
    expect(towns.map(splitPostcodeCity)).toEqual([
      { postcode: '3000', city: 'Bern' },
      { postcode: 'CH-1204', city: 'Genève' },
      { postcode: 'I-00184', city: 'Roma' },
      { postcode: '8001', city: 'Zürich Kreis 1' },
      // Not a postcode the app knows: kept whole as the town, which prints the same line.
      { postcode: '', city: 'SW1A 1AA London' },
      { postcode: '', city: 'Bern' },
    ]);
    const list = membersFromRows(numberRows([['Name', 'PLZ Ort'], ['Muster', '6000 Luzern'], ['Ek', '']]));
    expect(list.members.map((m) => [m.member.postcode, m.member.city])).toEqual([['6000', 'Luzern']]);
    expect(list.problems).toEqual([{ row: 3, reason: 'no-city' }]);
  });

  it('understands short headers and the header rows of contact exports', () => {
    expect(mapHeaders('first,last,address,city,zip'.split(','))).toEqual(['firstName', 'lastName', 'street', 'city', 'postcode']);
    // Outlook (English): the business address comes first in the file; the home address wins.
    const outlook = 'Title,First Name,Middle Name,Last Name,Suffix,Company,Business Street,Business City,Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home City,Home Postal Code,Home Country/Region,E-mail Address';
    expect(mapHeaders(outlook.split(','))).toEqual([
      'title', 'firstName', null, 'lastName', null, null, null, null, null, null, 'street', 'addressLine2', 'city', 'postcode', 'country', null,
    ]);
    const germanOutlook = 'Anrede;Vorname;Weitere Vornamen;Nachname;Straße geschäftlich;Ort geschäftlich;Postleitzahl geschäftlich;Straße privat;Ort privat;Postleitzahl privat;Land/Region privat';
    expect(mapHeaders(germanOutlook.split(';'))).toEqual(['title', 'firstName', null, 'lastName', null, null, null, 'street', 'city', 'postcode', 'country']);
    const frenchOutlook = 'Titre;Prénom;Deuxième prénom;Nom;Rue (bureau);Ville (bureau);Code postal (bureau);Rue (domicile);Ville (domicile);Code postal (domicile);Pays/Région (domicile)';
    expect(mapHeaders(frenchOutlook.split(';'))).toEqual(['title', 'firstName', null, 'lastName', null, null, null, 'street', 'city', 'postcode', 'country']);
    const italianOutlook = 'Titolo;Nome;Secondo nome;Cognome;Via (uff.);Città (uff.);CAP (uff.);Via (ab.);Città (ab.);CAP (ab.);Paese/area geografica (ab.)';
    expect(mapHeaders(italianOutlook.split(';'))).toEqual(['title', 'firstName', null, 'lastName', null, null, null, 'street', 'city', 'postcode', 'country']);
    // Google: "Name" is the whole name there, so "Family Name" is the last name.
    const google = 'Name,Given Name,Additional Name,Family Name,Name Prefix,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country';
    expect(mapHeaders(google.split(','))).toEqual([null, 'firstName', null, 'lastName', 'title', null, null, 'street', 'city', 'postcode', 'country']);
    const newerGoogle = 'First Name,Middle Name,Last Name,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country';
    expect(mapHeaders(newerGoogle.split(','))).toEqual(['firstName', null, 'lastName', null, null, 'street', 'city', 'postcode', 'country']);
  });

  it('takes an Outlook business address when the list has no home address', () => {
    const rows = numberRows([
      ['First Name', 'Last Name', 'Business Street', 'Business City', 'Business Postal Code', 'Home Street', 'Home City', 'Home Postal Code'],
      ['Anne', 'Dubœuf', 'Rue du Marché 4', 'Genève', '1204', '', '', ''],
      ['Luc', 'd’Aubigné', 'Place Neuve 1', 'Lausanne', '1003', '', '', ''],
    ]);
    const list = membersFromRows(rows);
    expect(list.problems).toEqual([]);
    expect(list.members.map(({ member }) => [member.lastName, member.street, member.postcode, member.city])).toEqual([
      ['Dubœuf', 'Rue du Marché 4', '1204', 'Genève'],
      ['d’Aubigné', 'Place Neuve 1', '1003', 'Lausanne'],
    ]);
    // A home address with data wins over the business one.
    const home = numberRows([rows[0]!.cells, ['Anne', 'Dubœuf', 'Rue du Marché 4', 'Genève', '1204', 'Chemin Vert 2', 'Carouge', '1227']]);
    expect(membersFromRows(home).members[0]?.member).toMatchObject({ street: 'Chemin Vert 2', postcode: '1227', city: 'Carouge' });
  });

  it('writes headers that map back to the same columns', () => {
    for (const headers of Object.values(EXPORT_HEADERS)) {
      const names = Object.values(headers);
      expect(mapHeaders(names)).toEqual(Object.keys(headers));
    }
  });

  it('reads a member language written as a code or a name', () => {
    expect(['de', 'DE-ch', 'Deutsch', 'allemand', 'tedesco', 'German'].map(memberLanguageCode)).toEqual(Array(6).fill('de'));
    expect(['Français', 'francese', 'fr'].map(memberLanguageCode)).toEqual(['fr', 'fr', 'fr']);
    expect(['', '  ', '?'].map(memberLanguageCode)).toEqual([null, null, null]);
  });
});
